/**
 * Le référentiel métier : ses versions, missions, fonctions, compétences, activités, valeurs et
 * son contexte, le chargement du fichier canonique, les pages de consultation et l'API de lecture.
 */
@NullMarked
package fr.ava.referentiel;

import org.jspecify.annotations.NullMarked;
