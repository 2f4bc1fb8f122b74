package fr.ava.recherche.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An expression of the trade, as the matcher looks for it in a sentence: one or more parts joined by
 * " + " in the file; each part's words must stand close together and in the same order, the parts
 * anywhere in the sentence ("groupes de travail + élus").
 */
final class Expression {

	/** How many words (stop words included) may slip into a part, or between its words. */
	static final int ECART = 3;

	private record Partie(String[] termes, int etendue) {
	}

	private final List<Partie> parties;

	private Expression(List<Partie> parties) {
		this.parties = List.copyOf(parties);
	}

	static Expression lue(String texte, AnalyseurDuRapprochement analyse) {
		var parties = new ArrayList<Partie>();
		for (var partie : texte.split("\\s\\+\\s")) {
			var mots = analyse.mots(partie);
			if (!mots.isEmpty()) {
				var termes = mots.stream().map(AnalyseurDuRapprochement.Mot::terme).distinct().toArray(String[]::new);
				parties.add(new Partie(termes, mots.get(mots.size() - 1).position() - mots.get(0).position()));
			}
		}
		return new Expression(parties);
	}

	boolean estVide() {
		return parties.isEmpty();
	}

	/** The word under which to file it: a sentence without it cannot say the expression. */
	String premierTerme() {
		return parties.get(0).termes()[0];
	}

	boolean trouveeDans(MotsDeLaPhrase phrase) {
		for (var partie : parties) {
			for (var terme : partie.termes()) {
				if (!phrase.contient(terme)) {
					return false;
				}
			}
		}
		return parties.stream().allMatch(partie -> {
			int largeur = partie.etendue() + ECART;
			for (int debut : phrase.positions(partie.termes()[0])) {
				if (suite(phrase, partie.termes(), 1, debut, debut + largeur)) {
					return true;
				}
			}
			return false;
		});
	}

	/** Whether the words from {@code rang} on follow one another after {@code apres}, up to {@code limite}. */
	private static boolean suite(MotsDeLaPhrase phrase, String[] termes, int rang, int apres, int limite) {
		if (rang == termes.length) {
			return true;
		}
		for (int position : phrase.positions(termes[rang])) {
			if (position > apres && position <= limite && suite(phrase, termes, rang + 1, position, limite)) {
				return true;
			}
		}
		return false;
	}

}
