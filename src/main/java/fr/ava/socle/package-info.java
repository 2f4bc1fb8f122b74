/**
 * Le socle commun : la mise en page, les erreurs en français et ce que tous les modules partagent.
 * Les autres modules n'en utilisent que la racine ; {@code web} reste à lui (pages d'erreur, saisies nettoyées).
 */
@NullMarked
package fr.ava.socle;

import org.jspecify.annotations.NullMarked;
