package fr.ava.fichedeposte;

import java.util.ArrayList;
import java.util.List;

import fr.ava.referentiel.Element;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;

/**
 * A job description as it reads, in the preview, the DOCX and the PDF alike: every framework item
 * in the words of the version it was built on, the employer's own lines apart, shown as theirs.
 */
public record TexteDeLaFiche(String intitule, String version, List<Ligne> identification,
		List<PerimetreDuPoste> perimetres, List<String> activitesPropres, List<String> competencesPropres,
		List<String> valeurs, List<Ligne> conditions) {

	public TexteDeLaFiche {
		identification = List.copyOf(identification);
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
		var perimetres = fiche.perimetresChoisis(referentiel)
			.stream()
			.map(perimetre -> perimetreDuPoste(fiche, perimetre))
			.toList();
		var valeurs = referentiel.valeurs()
			.stream()
			.filter(valeur -> fiche.valeurs().contains(valeur.code()))
			.map(Element::libelle)
			.toList();
		return new TexteDeLaFiche(fiche.poste().intitule().strip(), referentiel.numero().toString(),
				identification(fiche), perimetres, fiche.activites().propres(), fiche.competences().propres(), valeurs,
				conditions(fiche.conditions()));
	}

	/** Where the job description comes from and what is the collective's text, at its end. */
	public String mention() {
		return Mentions.SOURCE.formatted(version) + " " + Mentions.MOT_POUR_MOT;
	}

	private static PerimetreDuPoste perimetreDuPoste(FicheDePoste fiche, Perimetre perimetre) {
		var part = fiche.parts()
			.stream()
			.filter(p -> p.perimetre().equals(perimetre.code()) && p.pourcentage() != null)
			.mapToInt(p -> p.pourcentage())
			.sum();
		return new PerimetreDuPoste(perimetre.libelle(), part,
				perimetre.description().stream().map(Element::libelle).toList(),
				retenus(perimetre.activites(), fiche.activites()), retenus(perimetre.competences(), fiche.competences()));
	}

	private static List<String> retenus(List<Element> elements, FicheDePoste.Choix choix) {
		return elements.stream().filter(element -> choix.codes().contains(element.code())).map(Element::libelle).toList();
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

	private static List<Ligne> conditions(FicheDePoste.Conditions conditions) {
		var lignes = new ArrayList<Ligne>();
		ajouter(lignes, "Horaires", conditions.horaires());
		if (conditions.soiree() != null) {
			ajouter(lignes, "Travail en soirée", conditions.soiree().libelle());
		}
		ajouter(lignes, "Déplacements", conditions.deplacements());
		ajouter(lignes, "Permanences locales", conditions.permanences());
		return lignes;
	}

	private static void ajouter(List<Ligne> lignes, String libelle, String valeur) {
		if (!valeur.isBlank()) {
			lignes.add(new Ligne(libelle, valeur.strip()));
		}
	}

}
