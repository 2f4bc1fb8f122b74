package fr.ava.recherche;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of the presence of each code over a set of job descriptions, and
 * micro-averaged over the functions and over the missions.
 */
final class Mesures {

	record Compte(int vraisPositifs, int fauxPositifs, int fauxNegatifs) {

		Compte plus(Compte autre) {
			return new Compte(vraisPositifs + autre.vraisPositifs, fauxPositifs + autre.fauxPositifs,
					fauxNegatifs + autre.fauxNegatifs);
		}

		double precision() {
			int trouves = vraisPositifs + fauxPositifs;
			return trouves == 0 ? 1 : (double) vraisPositifs / trouves;
		}

		double rappel() {
			int attendus = vraisPositifs + fauxNegatifs;
			return attendus == 0 ? 1 : (double) vraisPositifs / attendus;
		}

		double f1() {
			int erreurs = fauxPositifs + fauxNegatifs;
			return vraisPositifs + erreurs == 0 ? 1 : 2.0 * vraisPositifs / (2 * vraisPositifs + erreurs);
		}

	}

	private final List<String> codes;

	private final Map<String, Compte> parCode = new LinkedHashMap<>();

	/**
	 * @param attendus by job description, the codes labelled
	 * @param trouves by job description, in the same order, the codes the matcher says present
	 */
	Mesures(List<String> codes, List<Set<String>> attendus, List<Set<String>> trouves) {
		this.codes = List.copyOf(codes);
		for (var code : codes) {
			int vp = 0;
			int fp = 0;
			int fn = 0;
			for (int fiche = 0; fiche < attendus.size(); fiche++) {
				boolean attendu = attendus.get(fiche).contains(code);
				boolean trouve = trouves.get(fiche).contains(code);
				vp += attendu && trouve ? 1 : 0;
				fp += !attendu && trouve ? 1 : 0;
				fn += attendu && !trouve ? 1 : 0;
			}
			parCode.put(code, new Compte(vp, fp, fn));
		}
	}

	Compte de(String code) {
		return parCode.get(code);
	}

	Compte fonctions() {
		return somme(false);
	}

	Compte missions() {
		return somme(true);
	}

	private Compte somme(boolean missions) {
		return codes.stream()
			.filter(code -> code.startsWith("M") == missions)
			.map(parCode::get)
			.reduce(new Compte(0, 0, 0), Compte::plus);
	}

	/** The functions whose F1 is below a minimum, with it. */
	List<String> fonctionsSous(double minimum) {
		var faibles = new ArrayList<String>();
		codes.stream()
			.filter(code -> !code.startsWith("M") && parCode.get(code).f1() < minimum)
			.forEach(code -> faibles.add(code + " (" + format(parCode.get(code).f1()) + ")"));
		return faibles;
	}

	/** A Markdown table: one line per code, then the micro averages. */
	String tableau(Map<String, String> libelles) {
		var tableau = new StringBuilder("| code | libellé | précision | rappel | F1 | VP | FP | FN |\n");
		tableau.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
		codes.forEach(code -> ligne(tableau, code, libelles.get(code), parCode.get(code)));
		ligne(tableau, "**missions**", "micro-moyenne", missions());
		ligne(tableau, "**fonctions**", "micro-moyenne", fonctions());
		return tableau.toString();
	}

	private static void ligne(StringBuilder tableau, String code, String libelle, Compte compte) {
		tableau.append("| ")
			.append(code)
			.append(" | ")
			.append(libelle)
			.append(" | ")
			.append(format(compte.precision()))
			.append(" | ")
			.append(format(compte.rappel()))
			.append(" | ")
			.append(format(compte.f1()))
			.append(" | ")
			.append(compte.vraisPositifs())
			.append(" | ")
			.append(compte.fauxPositifs())
			.append(" | ")
			.append(compte.fauxNegatifs())
			.append(" |\n");
	}

	static String format(double valeur) {
		return String.format(Locale.FRENCH, "%.2f", valeur);
	}

}
