package fr.ava.fichedeposte;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import fr.ava.referentiel.Element;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;

/**
 * A job description as it reads, in the preview, the DOCX and the PDF alike: every framework item
 * in the words of the version it was built on (without its asides if the employer asks so), the
 * employer's own lines apart, shown as theirs.
 * @param finalite the purpose of the post, one paragraph per line
 * @param profil the profile sought, one paragraph per line
 * @param recrutement diplomas, start date, whom to apply to
 */
public record TexteDeLaFiche(String intitule, String version, List<Ligne> identification, List<String> finalite,
		List<PerimetreDuPoste> perimetres, List<String> activitesPropres, List<String> competencesPropres,
		List<String> valeurs, List<Ligne> conditions, List<String> profil, List<Ligne> recrutement,
		boolean sansApartes) {

	private static final DateTimeFormatter MOIS_ET_ANNEE = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

	public TexteDeLaFiche {
		identification = List.copyOf(identification);
		finalite = List.copyOf(finalite);
		profil = List.copyOf(profil);
		recrutement = List.copyOf(recrutement);
		perimetres = List.copyOf(perimetres);
		activitesPropres = List.copyOf(activitesPropres);
		competencesPropres = List.copyOf(competencesPropres);
		valeurs = List.copyOf(valeurs);
		conditions = List.copyOf(conditions);
	}

	/** A labelled line: "Rattachement hiérarchique : Direction de la vie associative". */
	public record Ligne(String libelle, String valeur) {
	}

	/**
	 * A mission or function of the post: its share of the time, its description, the activities and
	 * competencies the employer kept from it.
	 */
	public record PerimetreDuPoste(String libelle, int part, List<String> description,
			List<String> activites, List<String> competences) {

		public PerimetreDuPoste {
			description = List.copyOf(description);
			activites = List.copyOf(activites);
			competences = List.copyOf(competences);
		}

	}

	public static TexteDeLaFiche de(FicheDePoste fiche, Referentiel referentiel) {
		var annonce = fiche.annonce();
		UnaryOperator<String> cite = annonce.sansApartes() ? Apartes::oter : UnaryOperator.identity();
		var perimetres = fiche.perimetresChoisis(referentiel)
			.stream()
			.map(perimetre -> perimetreDuPoste(fiche, perimetre, cite))
			.toList();
		var valeurs = referentiel.valeurs()
			.stream()
			.filter(valeur -> fiche.valeurs().contains(valeur.code()))
			.map(valeur -> cite.apply(valeur.libelle()))
			.toList();
		return new TexteDeLaFiche(fiche.poste().intitule().strip(), referentiel.numero().toString(),
				identification(fiche), paragraphes(annonce.finalite()), perimetres, fiche.activites().propres(),
				fiche.competences().propres(), valeurs, conditions(fiche.conditions(), annonce),
				paragraphes(annonce.profil()), recrutement(annonce), annonce.sansApartes());
	}

	/** Whether the section "Profil recherché et candidature" has anything to say. */
	public boolean aUnProfilOuUneCandidature() {
		return !profil.isEmpty() || !recrutement.isEmpty();
	}

	/** Where the job description comes from and what is the collective's text, at its end. */
	public String mention() {
		return Mentions.SOURCE.formatted(version) + " " + (sansApartes ? Mentions.SANS_APARTES : Mentions.MOT_POUR_MOT);
	}

	private static PerimetreDuPoste perimetreDuPoste(FicheDePoste fiche, Perimetre perimetre, UnaryOperator<String> cite) {
		var part = fiche.parts()
			.stream()
			.filter(p -> p.perimetre().equals(perimetre.code()) && p.pourcentage() != null)
			.mapToInt(p -> p.pourcentage())
			.sum();
		return new PerimetreDuPoste(perimetre.libelle(), part,
				perimetre.description().stream().map(element -> cite.apply(element.libelle())).toList(),
				retenus(perimetre.activites(), fiche.activites(), cite),
				retenus(perimetre.competences(), fiche.competences(), cite));
	}

	private static List<String> retenus(List<Element> elements, FicheDePoste.Choix choix, UnaryOperator<String> cite) {
		return elements.stream()
			.filter(element -> choix.codes().contains(element.code()))
			.map(element -> cite.apply(element.libelle()))
			.toList();
	}

	private static List<Ligne> identification(FicheDePoste fiche) {
		var lignes = new ArrayList<Ligne>();
		var employeur = fiche.employeur();
		ajouter(lignes, "Employeur", employeur.nom());
		if (employeur.type() != null) {
			ajouter(lignes, "Type d'employeur", employeur.type().libelle());
		}
		if (employeur.territoire() != null) {
			ajouter(lignes, "Territoire d'intervention", employeur.territoire().libelle());
		}
		var poste = fiche.poste();
		if (poste.categorie() != null) {
			ajouter(lignes, "Fonction publique territoriale", poste.categorie().libelle());
		}
		ajouter(lignes, "Cadre d'emplois", poste.cadreDEmplois());
		ajouter(lignes, "Convention collective", poste.convention());
		ajouter(lignes, "Rattachement hiérarchique", fiche.conditions().rattachement());
		ajouter(lignes, "Relations de travail", fiche.conditions().relations());
		return lignes;
	}

	private static List<Ligne> conditions(FicheDePoste.Conditions conditions, FicheDePoste.Annonce annonce) {
		var lignes = new ArrayList<Ligne>();
		if (annonce.temps() != null) {
			ajouter(lignes, "Temps de travail", annonce.temps().libelle()
					+ (annonce.quotite() == null ? "" : " (" + annonce.quotite() + " % d'un temps plein)"));
		}
		ajouter(lignes, "Horaires", conditions.horaires());
		if (conditions.soiree() != null) {
			ajouter(lignes, "Travail en soirée", conditions.soiree().libelle());
		}
		ajouter(lignes, "Déplacements", conditions.deplacements());
		ajouter(lignes, "Permanences locales", conditions.permanences());
		ajouter(lignes, "Rémunération", annonce.remuneration());
		return lignes;
	}

	private static List<Ligne> recrutement(FicheDePoste.Annonce annonce) {
		var lignes = new ArrayList<Ligne>();
		ajouter(lignes, "Diplômes et formation", annonce.diplomes());
		annonce.dateDePriseDePoste().ifPresent(date -> ajouter(lignes, "Prise de poste", date(date)));
		ajouter(lignes, "Candidatures", annonce.contact());
		return lignes;
	}

	/** "1er septembre 2027", "15 septembre 2027". */
	private static String date(LocalDate date) {
		var jour = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
		return jour + " " + MOIS_ET_ANNEE.format(date);
	}

	private static List<String> paragraphes(String texte) {
		return texte.lines().map(String::strip).filter(ligne -> !ligne.isEmpty()).toList();
	}

	private static void ajouter(List<Ligne> lignes, String libelle, String valeur) {
		if (!valeur.isBlank()) {
			lignes.add(new Ligne(libelle, valeur.strip()));
		}
	}

}
