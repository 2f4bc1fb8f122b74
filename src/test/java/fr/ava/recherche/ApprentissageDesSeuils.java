package fr.ava.recherche;

import java.util.ArrayList;
import java.util.TreeSet;

/**
 * Learns the threshold of presence of one code from labelled scores: the one that gives the best F1,
 * among the midpoints between two successive scores; of several equally good, the middle one, which
 * keeps the widest margin.
 */
final class ApprentissageDesSeuils {

	private ApprentissageDesSeuils() {
	}

	/**
	 * @param scores the score of the code in each job description
	 * @param attendus whether each job description contains the code
	 * @param sauf a job description to leave out (leave-one-out), or -1
	 */
	static double seuil(double[] scores, boolean[] attendus, int sauf) {
		var valeurs = new TreeSet<Double>();
		for (int fiche = 0; fiche < scores.length; fiche++) {
			if (fiche != sauf) {
				valeurs.add(scores[fiche]);
			}
		}
		var candidats = new ArrayList<Double>();
		double precedente = 0;
		for (double valeur : valeurs) {
			candidats.add((precedente + valeur) / 2);
			precedente = valeur;
		}
		candidats.add((precedente + 1) / 2 + 0.5);
		double meilleurF1 = -1;
		var meilleurs = new ArrayList<Double>();
		for (double candidat : candidats) {
			double f1 = f1(scores, attendus, sauf, candidat);
			if (f1 > meilleurF1 + 1e-9) {
				meilleurF1 = f1;
				meilleurs.clear();
			}
			if (Math.abs(f1 - meilleurF1) <= 1e-9) {
				meilleurs.add(candidat);
			}
		}
		return Math.round(meilleurs.get(meilleurs.size() / 2) * 1000) / 1000.0;
	}

	static boolean present(double score, double seuil) {
		return score > 0 && score >= seuil;
	}

	private static double f1(double[] scores, boolean[] attendus, int sauf, double seuil) {
		int vp = 0;
		int erreurs = 0;
		for (int fiche = 0; fiche < scores.length; fiche++) {
			if (fiche == sauf) {
				continue;
			}
			boolean trouve = present(scores[fiche], seuil);
			vp += trouve && attendus[fiche] ? 1 : 0;
			erreurs += trouve != attendus[fiche] ? 1 : 0;
		}
		return vp == 0 ? 0 : 2.0 * vp / (2 * vp + erreurs);
	}

}
