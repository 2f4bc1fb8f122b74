/**
 * La recherche en français dans le référentiel : analyse du français, index, et le rapprochement
 * de textes libres avec les éléments du référentiel.
 */
@NullMarked
package fr.ava.recherche;

import org.jspecify.annotations.NullMarked;
