package fr.ava.recherche;

import java.util.List;

/**
 * How far a text covers a mission or a function.
 * @param libelle the label of the mission or function, word for word
 * @param score in [0, 1], the strength of the evidence: 1 − ∏(1 − s) over the sentences that show
 *        it, where s is the best score of its items in the sentence ({@link ElementRapproche#score()})
 *        times the weight of the sentence's rubrique (missions 1, profile 0.75...) times a force of
 *        0.7, a sentence counting only if its weighted score reaches 0.7: one clear sentence among
 *        the missions gives 0.7, two give 0.91, three 0.97 (see {@code reglages.properties})
 * @param present whether the score reaches the threshold learned for this code on labelled job
 *        descriptions
 * @param preuves the sentences that carry the evidence, in the order of the text
 */
public record Couverture(String code, String libelle, boolean present, double score, List<Preuve> preuves) {

	public Couverture {
		preuves = List.copyOf(preuves);
	}

}
