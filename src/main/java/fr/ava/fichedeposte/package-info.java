/**
 * Les fiches de poste : rédiger, pas à pas, la fiche de poste d'un·e accompagnateur·trice à partir
 * du référentiel, l'exporter (DOCX, PDF) et, avec un compte, l'enregistrer pour la reprendre.
 */
@NullMarked
package fr.ava.fichedeposte;

import org.jspecify.annotations.NullMarked;
