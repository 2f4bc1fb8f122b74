package fr.ava.recherche;

import java.util.List;

/**
 * A sentence that shows a mission or a function.
 * @param phrase the index of the sentence in {@link Rapprochement#phrases()}
 * @param codes the items of this mission or function that the sentence matches, best first
 */
public record Preuve(int phrase, String texte, List<String> codes) {

	public Preuve {
		codes = List.copyOf(codes);
	}

}
