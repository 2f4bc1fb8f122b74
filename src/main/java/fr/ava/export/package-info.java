/**
 * Les exports d'une version publiée du référentiel, dans les formats que lisent les tableurs et les
 * outils des partenaires.
 */
@NullMarked
package fr.ava.export;

import org.jspecify.annotations.NullMarked;
