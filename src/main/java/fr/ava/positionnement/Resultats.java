package fr.ava.positionnement;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;

/**
 * What a self-assessment says: the level profile of each mission and function, strengths, gaps,
 * what to strengthen first, the portfolio lines and the values chosen.
 */
public record Resultats(List<Profil> profils, List<Evaluee> forces, List<Evaluee> ecarts, List<Profil> aRenforcer,
		List<LigneDePortfolio> portfolio, List<Reflexion> valeurs, Radar radar) {

	/** A mission's or function's profile: its competencies rated, their mean, and how many at each level. */
	public record Profil(Code code, String libelle, List<Evaluee> competences, int[] parNiveau, @Nullable Double moyenne) {

		public int evaluees() {
			return (int) competences.stream().filter(c -> c.niveau() != null).count();
		}

		public String moyenneEnFrancais() {
			return moyenne == null ? "—" : String.format(Locale.FRENCH, "%.1f", moyenne);
		}

	}

	public record Evaluee(Code code, String libelle, String perimetre, @Nullable Niveau niveau) {
	}

	public record LigneDePortfolio(Code code, String libelle, String exemple) {
	}

	public record Reflexion(Code code, String libelle, @Nullable Sens sens, @Nullable String note) {
	}

	static final int NIVEAU_FORT = 3;

	static final int NIVEAU_FAIBLE = 1;

	public static Resultats de(Positionnement positionnement, List<Perimetre> perimetres, Referentiel referentiel) {
		var profils = perimetres.stream().map(perimetre -> profil(positionnement, perimetre)).toList();
		var toutes = profils.stream().flatMap(profil -> profil.competences().stream()).toList();
		var forces = toutes.stream().filter(c -> c.niveau() != null && c.niveau().valeur() >= NIVEAU_FORT).toList();
		var ecarts = toutes.stream().filter(c -> c.niveau() != null && c.niveau().valeur() <= NIVEAU_FAIBLE).toList();
		var aRenforcer = profils.stream()
			.filter(profil -> profil.moyenne() != null && profil.moyenne() < 2.5)
			.sorted(Comparator.comparing(Profil::moyenne))
			.toList();
		var portfolio = perimetres.stream()
			.flatMap(perimetre -> Stream.concat(perimetre.competences().stream(),
					perimetre.activites().stream()))
			.filter(element -> positionnement.reponse(element.code()).exemple() != null)
			.map(element -> new LigneDePortfolio(element.code(), element.libelle(),
					positionnement.reponse(element.code()).exemple()))
			.toList();
		var valeurs = referentiel.valeurs()
			.stream()
			.filter(valeur -> positionnement.reponse(valeur.code()).sens() != null
					|| positionnement.reponse(valeur.code()).note() != null)
			.map(valeur -> new Reflexion(valeur.code(), valeur.libelle(), positionnement.reponse(valeur.code()).sens(),
					positionnement.reponse(valeur.code()).note()))
			.toList();
		return new Resultats(profils, forces, ecarts, aRenforcer, portfolio, valeurs, Radar.de(profils));
	}

	private static Profil profil(Positionnement positionnement, Perimetre perimetre) {
		var competences = perimetre.competences()
			.stream()
			.map(competence -> evaluee(positionnement, perimetre, competence))
			.toList();
		var parNiveau = new int[Niveau.values().length];
		competences.stream().filter(c -> c.niveau() != null).forEach(c -> parNiveau[c.niveau().valeur()]++);
		OptionalDouble moyenne = competences.stream().filter(c -> c.niveau() != null).mapToInt(c -> c.niveau().valeur()).average();
		return new Profil(perimetre.code(), perimetre.libelle(), competences, parNiveau,
				moyenne.isPresent() ? moyenne.getAsDouble() : null);
	}

	private static Evaluee evaluee(Positionnement positionnement, Perimetre perimetre, Element competence) {
		return new Evaluee(competence.code(), competence.libelle(), perimetre.libelle(), positionnement.niveau(competence.code()));
	}

}
