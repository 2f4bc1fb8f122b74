/**
 * Les fiches de poste : rédiger, pas à pas, la fiche de poste d'un·e accompagnateur·trice à partir
 * du référentiel, l'exporter (DOCX, PDF) et, avec un compte, l'enregistrer pour la reprendre ; analyser
 * une fiche existante (sa couverture du référentiel) et l'enregistrer. Le corpus de fiches y reste pour
 * l'instant (il ira à l'observatoire). La lecture des fichiers reçus est au module {@code document}.
 */
@NullMarked
package fr.ava.fichedeposte;

import org.jspecify.annotations.NullMarked;
