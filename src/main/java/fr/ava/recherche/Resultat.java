package fr.ava.recherche;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Nature;

/**
 * An item that matches a search.
 * @param extrait the item's text, HTML-escaped, with the matching words in {@code <mark>}
 * @param perimetre the label of the mission or function the item belongs to, if any
 */
public record Resultat(String code, Nature nature, String libelle, String extrait, String lien,
		@Nullable String perimetre) {
}
