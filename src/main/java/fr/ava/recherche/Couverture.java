package fr.ava.recherche;

import java.util.List;

/**
 * How far a text covers a mission or a function.
 * @param libelle the label of the mission or function, word for word
 * @param score in [0, 1], the strength of the evidence: 1 − ∏(1 − s) over the sentences, s being
 *        the best score of the items of this mission or function in a sentence, weighted by where
 *        the sentence is (missions, profile, context...)
 * @param present whether the score reaches the threshold learned for this code on labelled job
 *        descriptions
 * @param preuves the sentences that carry the evidence, in the order of the text
 */
public record Couverture(String code, String libelle, boolean present, double score, List<Preuve> preuves) {

	public Couverture {
		preuves = List.copyOf(preuves);
	}

}
