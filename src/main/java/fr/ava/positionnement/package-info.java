/**
 * L'auto-positionnement : une personne évalue sa pratique, compétence par compétence, sur les
 * missions et fonctions de son poste, puis lit ses résultats. Privé par défaut.
 */
@NullMarked
package fr.ava.positionnement;

import org.jspecify.annotations.NullMarked;
