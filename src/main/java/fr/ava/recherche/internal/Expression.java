package fr.ava.recherche.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An expression of the trade, as the matcher looks for it in a sentence: one or more parts joined by
 * " + " in the file; each part's words must stand close together, in any order, and the parts
 * anywhere in the sentence ("groupes de travail + élus"). An expression written after "~ " is a weak
 * clue: it says the item only with others.
 */
final class Expression {

	/** How many words (stop words included) may slip into a part, or between its words. */
	static final int ECART = 3;

	static final double SCORE_D_UN_INDICE = 0.5;

	private record Partie(String[] termes, int etendue) {
	}

	private final List<Partie> parties;

	private final double score;

	private Expression(List<Partie> parties, double score) {
		this.parties = List.copyOf(parties);
		this.score = score;
	}

	static Expression lue(String texte, AnalyseDuRapprochement analyse) {
		var indice = texte.startsWith("~");
		var parties = new ArrayList<Partie>();
		for (var partie : (indice ? texte.substring(1) : texte).split("\\s\\+\\s")) {
			var mots = analyse.mots(partie);
			if (!mots.isEmpty()) {
				var termes = mots.stream().map(AnalyseDuRapprochement.Mot::terme).distinct().toArray(String[]::new);
				parties.add(new Partie(termes, mots.get(mots.size() - 1).position() - mots.get(0).position()));
			}
		}
		return new Expression(parties, indice ? SCORE_D_UN_INDICE : 1);
	}

	double score() {
		return score;
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
		return parties.stream().allMatch(partie -> fenetre(phrase, partie.termes(), 0, Integer.MAX_VALUE,
				Integer.MIN_VALUE, partie.etendue() + ECART + 1) <= partie.etendue() + ECART);
	}

	/** The narrowest span holding one occurrence of each word, or more than {@code borne}. */
	static int fenetre(MotsDeLaPhrase phrase, String[] termes, int rang, int min, int max, int borne) {
		if (rang == termes.length) {
			return max - min;
		}
		int meilleure = borne;
		for (int position : phrase.positions(termes[rang])) {
			int etendue = Math.max(max, position) - Math.min(min, position);
			if (etendue < meilleure) {
				meilleure = Math.min(meilleure, fenetre(phrase, termes, rang + 1, Math.min(min, position),
						Math.max(max, position), meilleure));
			}
		}
		return meilleure;
	}

}
