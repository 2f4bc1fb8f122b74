package fr.ava.recherche.internal;

import java.util.List;

/**
 * A text cut into sentences, each with the items it matches, before any weighting or threshold.
 * @param correspondances by sentence, in the same order as {@code phrases}; empty for noise
 */
public record CorrespondancesDuTexte(String texte, List<Phrase> phrases, List<List<Correspondance>> correspondances) {

	public CorrespondancesDuTexte {
		phrases = List.copyOf(phrases);
		correspondances = List.copyOf(correspondances);
	}

}
