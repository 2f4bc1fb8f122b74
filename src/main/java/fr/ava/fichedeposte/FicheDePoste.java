package fr.ava.fichedeposte;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Version;

/**
 * A job description as an employer writes it, complete or still being written: the framework
 * items it takes, by code, from the version it is built on (it stays tied to it), and the
 * employer's own words. {@link Redaction} checks it step by step.
 */
public record FicheDePoste(Version.Numero version, Employeur employeur, Poste poste, List<Part> parts, Choix activites,
		Choix competences, List<Code> valeurs, Conditions conditions, Annonce annonce) {

	public FicheDePoste {
		parts = List.copyOf(parts);
		valeurs = List.copyOf(valeurs);
		poste = poste.pour(employeur.type());
	}

	/** An empty job description on a version. */
	public static FicheDePoste vierge(Version.Numero version) {
		return new FicheDePoste(version, new Employeur(null, null, ""), new Poste("", null, "", ""), List.of(),
				Choix.AUCUN, Choix.AUCUN, List.of(), new Conditions("", null, "", "", "", ""), Annonce.VIERGE);
	}

	/** Who employs, on what kind of territory. */
	public record Employeur(@Nullable TypeDEmployeur type, @Nullable TypeDeTerritoire territoire, String nom) {
	}

	/**
	 * The title and the status of the post: category and cadre d'emplois at a local authority, the
	 * collective agreement at an association.
	 */
	public record Poste(String intitule, @Nullable Categorie categorie, String cadreDEmplois, String convention) {

		/** Only the status that fits the employer; the other is left empty. */
		Poste pour(@Nullable TypeDEmployeur employeur) {
			if (employeur == null) {
				return this;
			}
			return employeur.estUneCollectivite() ? new Poste(intitule, categorie, cadreDEmplois, "")
					: new Poste(intitule, null, "", convention);
		}

	}

	/** A mission or function of the post and the share of working time it takes, in percent. */
	public record Part(Code perimetre, @Nullable Integer pourcentage) {
	}

	/** Framework items picked by code, and the employer's own lines, shown as theirs. */
	public record Choix(List<Code> codes, List<String> propres) {

		public static final Choix AUCUN = new Choix(List.of(), List.of());

		public Choix {
			codes = List.copyOf(new LinkedHashSet<>(codes));
			propres = List.copyOf(propres);
		}

		/** The employer's own lines as one text, one per line, as typed in the form. */
		public String propresEnLignes() {
			return String.join("\n", propres);
		}

		public boolean estVide() {
			return codes.isEmpty() && propres.isEmpty();
		}

	}

	/** Working conditions, reporting line and relations. */
	public record Conditions(String horaires, @Nullable TravailEnSoiree soiree, String deplacements,
			String permanences, String rattachement, String relations) {
	}

	/**
	 * What a posting tells the candidates besides the tasks: the purpose of the post, its working
	 * time, its pay, the profile and diplomas sought, the start date, whom to apply to; and whether the
	 * employer's document leaves out the framework's asides in brackets and its note calls.
	 * @param quotite the share of full time of a part-time post, in percent; none for other posts
	 * @param priseDePoste the start date, as the date field sends it (2027-09-01), into which a date
	 * typed where browsers offer no date picker (01/09/2027) is turned; as typed when it is no date
	 */
	public record Annonce(String finalite, @Nullable TempsDeTravail temps, @Nullable Integer quotite,
			String remuneration, String profil, String diplomes, String priseDePoste, String contact,
			boolean sansApartes) {

		private static final List<DateTimeFormatter> FORMATS_DE_DATE = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
				DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

		/** Declared after the date formats, which it needs. */
		public static final Annonce VIERGE = new Annonce("", null, null, "", "", "", "", "", false);

		public Annonce {
			quotite = temps == TempsDeTravail.PARTIEL ? quotite : null;
			priseDePoste = date(priseDePoste).map(LocalDate::toString).orElse(priseDePoste);
		}

		/** The start date; empty when none or not a date. */
		public Optional<LocalDate> dateDePriseDePoste() {
			return date(priseDePoste);
		}

		private static Optional<LocalDate> date(String texte) {
			return FORMATS_DE_DATE.stream().flatMap(format -> date(texte.strip(), format).stream()).findFirst();
		}

		private static Optional<LocalDate> date(String texte, DateTimeFormatter format) {
			try {
				return Optional.of(LocalDate.parse(texte, format));
			}
			catch (DateTimeParseException ex) {
				return Optional.empty();
			}
		}

	}

	public List<Code> perimetres() {
		return parts.stream().map(Part::perimetre).toList();
	}

	public FicheDePoste avecIntitule(String intitule) {
		return new FicheDePoste(version, employeur,
				new Poste(intitule, poste.categorie(), poste.cadreDEmplois(), poste.convention()), parts, activites,
				competences, valeurs, conditions, annonce);
	}

	/**
	 * The job description once its missions and functions are chosen: activities and competencies
	 * of the missions and functions left out go, and each mission or function with no competency
	 * picked yet proposes all of its own, which the employer may then untick.
	 */
	public FicheDePoste ajusteeAuxPerimetres(Referentiel referentiel) {
		var activitesPossibles = activitesPossibles(referentiel);
		var competencesPossibles = competencesPossibles(referentiel);
		var gardees = new ArrayList<>(competences.codes().stream().filter(competencesPossibles::contains).toList());
		for (var perimetre : perimetresChoisis(referentiel)) {
			var siennes = perimetre.competences().stream().map(Element::code).toList();
			if (siennes.stream().noneMatch(gardees::contains)) {
				gardees.addAll(siennes);
			}
		}
		return new FicheDePoste(version, employeur, poste, parts,
				new Choix(activites.codes().stream().filter(activitesPossibles::contains).toList(), activites.propres()),
				new Choix(gardees, competences.propres()), valeurs, conditions, annonce);
	}

	/** The chosen missions and functions, in the framework's order. */
	public List<Perimetre> perimetresChoisis(Referentiel referentiel) {
		return referentiel.perimetres().stream().filter(perimetre -> perimetres().contains(perimetre.code())).toList();
	}

	/** The activities the employer may pick: those of the chosen missions and functions. */
	public Set<Code> activitesPossibles(Referentiel referentiel) {
		return codes(perimetresChoisis(referentiel), Perimetre::activites);
	}

	/** The competencies the employer may pick: those of the chosen missions and functions. */
	public Set<Code> competencesPossibles(Referentiel referentiel) {
		return codes(perimetresChoisis(referentiel), Perimetre::competences);
	}

	private static Set<Code> codes(List<Perimetre> perimetres, Function<Perimetre, List<Element>> elements) {
		var codes = new LinkedHashSet<Code>();
		perimetres.forEach(perimetre -> elements.apply(perimetre).forEach(element -> codes.add(element.code())));
		return codes;
	}

}
