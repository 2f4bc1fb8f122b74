package fr.ava.recherche;

import java.util.List;

/**
 * A sentence of the text and the items of the framework it matches, best first.
 * @param debut offset of its first character in the original text
 * @param fin offset just after its last character: {@code texte} is {@code original.substring(debut, fin)}
 * @param elements empty for a sentence that says nothing of the job (pay, diploma, how to apply...)
 */
public record PhraseRapprochee(int debut, int fin, String texte, List<ElementRapproche> elements) {

	public PhraseRapprochee {
		elements = List.copyOf(elements);
	}

}
