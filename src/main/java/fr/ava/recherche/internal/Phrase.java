package fr.ava.recherche.internal;

/**
 * A sentence of a text, by its place in the original text.
 * @param fin the offset just after its last character
 * @param bruit whether it says nothing of the job itself (diploma, pay, how to apply...)
 */
public record Phrase(int debut, int fin, RubriqueDeFiche rubrique, boolean bruit) {

	public String texte(String original) {
		return original.substring(debut, fin);
	}

}
