package fr.ava.referentiel;

import org.jspecify.annotations.Nullable;

/**
 * An item of the framework seen flat, with the code of its parent: the shape in which a version is
 * stored, looked up by code and indexed for search.
 *
 * @param numero the numbers a mission group carries in the source ("1 &amp; 2")
 * @param complement the attribution of a quotation, or what a mission group is attached to
 */
public record Noeud(Code code, Nature nature, @Nullable Code parent, @Nullable String slug, @Nullable String numero,
		@Nullable String titre, @Nullable String texte, @Nullable String complement) {

	public Noeud {
		if (titre == null && texte == null) {
			throw new IllegalArgumentException("L'élément " + code + " n'a ni titre ni texte");
		}
	}

	public String libelle() {
		if (titre == null) {
			return texte;
		}
		return texte == null ? titre : titre + " : " + texte;
	}

}
