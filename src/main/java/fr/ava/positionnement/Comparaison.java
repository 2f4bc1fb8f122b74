package fr.ava.positionnement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Perimetre;

/**
 * Two self-assessments of the same person side by side, competency by competency (codes are stable
 * across versions): what went up, what went down.
 */
public record Comparaison(Positionnement avant, Positionnement apres, List<Ecart> ecarts) {

	/** A competency's level before and after; either may be missing (not rated, or not in the scope). */
	public record Ecart(Code code, String libelle, String perimetre, @Nullable Niveau avant, @Nullable Niveau apres) {

		public @Nullable Integer difference() {
			return avant == null || apres == null ? null : apres.valeur() - avant.valeur();
		}

		public String enMots() {
			var difference = difference();
			if (difference == null) {
				return apres == null ? "non évaluée la seconde fois" : "évaluée pour la première fois";
			}
			if (difference == 0) {
				return "stable";
			}
			var niveaux = Math.abs(difference) + (Math.abs(difference) > 1 ? " niveaux" : " niveau");
			return (difference > 0 ? "en hausse de " : "en baisse de ") + niveaux;
		}

	}

	static Comparaison de(Positionnement avant, List<Perimetre> perimetresAvant, Positionnement apres,
			List<Perimetre> perimetresApres) {
		var ecarts = new LinkedHashMap<Code, Ecart>();
		for (var perimetre : perimetresApres) {
			for (var competence : perimetre.competences()) {
				ecarts.put(competence.code(), new Ecart(competence.code(), competence.libelle(), perimetre.libelle(),
						avant.niveau(competence.code()), apres.niveau(competence.code())));
			}
		}
		for (var perimetre : perimetresAvant) {
			for (var competence : perimetre.competences()) {
				ecarts.putIfAbsent(competence.code(), new Ecart(competence.code(), competence.libelle(),
						perimetre.libelle(), avant.niveau(competence.code()), apres.niveau(competence.code())));
			}
		}
		return new Comparaison(avant, apres, new ArrayList<>(ecarts.values()).stream()
			.filter(ecart -> ecart.avant() != null || ecart.apres() != null)
			.toList());
	}

	public List<Ecart> enHausse() {
		return ecarts.stream().filter(e -> e.difference() != null && e.difference() > 0).toList();
	}

	public List<Ecart> enBaisse() {
		return ecarts.stream().filter(e -> e.difference() != null && e.difference() < 0).toList();
	}

}
