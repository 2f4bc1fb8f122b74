package fr.ava.recherche;

import java.util.List;

/**
 * What a free text (a job description) shares with a version of the framework.
 * @param phrases every sentence of the text, in order
 * @param couvertures each mission then each function of the version, in its order, present or not
 */
public record Rapprochement(String version, List<PhraseRapprochee> phrases, List<Couverture> couvertures) {

	public Rapprochement {
		phrases = List.copyOf(phrases);
		couvertures = List.copyOf(couvertures);
	}

}
