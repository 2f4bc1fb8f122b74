/**
 * Les comptes : inscription, connexion, rôles, structures d'appartenance, sécurité de
 * l'application et données personnelles (RGPD).
 */
@NullMarked
package fr.ava.compte;

import org.jspecify.annotations.NullMarked;
