package fr.ava.fichedeposte;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;

/**
 * The builder's rules: a job description starts on the latest published version, each step is
 * checked before the next, and a job description is saved or exported only when every step is
 * right. Nothing here writes anything.
 */
@Service
public class Redaction {

	/**
	 * Job titles AVA suggests, in the singular and in inclusive writing, after those the framework
	 * observed in the collected job descriptions (in the plural: "chargés de mission",
	 * "coordinateurs"…): AVA's words, not the collective's.
	 */
	private static final List<String> INTITULES_SUGGERES = List.of("Chargé·e de mission vie associative",
			"Accompagnateur·trice de la vie associative", "Animateur·trice de la vie associative",
			"Chargé·e de développement de la vie associative", "Agent·e de développement de la vie associative",
			"Coordinateur·trice de la vie associative", "Conseiller·ère vie associative",
			"Chef·fe de service vie associative");

	static final int INTITULE_MAXIMUM = 120;

	static final int NOM_MAXIMUM = 120;

	static final int CADRE_MAXIMUM = 120;

	static final int CONVENTION_MAXIMUM = 200;

	static final int LIGNES_MAXIMUM = 20;

	static final int LIGNE_MAXIMUM = 300;

	static final int CONDITION_MAXIMUM = 300;

	static final int RATTACHEMENT_MAXIMUM = 200;

	static final int RELATIONS_MAXIMUM = 1000;

	static final int FINALITE_MAXIMUM = 1000;

	static final int REMUNERATION_MAXIMUM = 200;

	static final int QUOTITE_MINIMUM = 10;

	static final int QUOTITE_MAXIMUM = 99;

	static final int PROFIL_MAXIMUM = 1000;

	static final int DIPLOMES_MAXIMUM = 300;

	static final int CONTACT_MAXIMUM = 300;

	private final Referentiels referentiels;

	Redaction(Referentiels referentiels) {
		this.referentiels = referentiels;
	}

	/** What the builder opens with: the job description and the codes it could not take. */
	public record Proposition(FicheDePoste fiche, List<String> codesInconnus) {

		public Proposition {
			codesInconnus = List.copyOf(codesInconnus);
		}

	}

	/**
	 * A new job description on the latest published version, with missions and functions already
	 * chosen (their competencies proposed) and a title, as the analysis of an existing job
	 * description suggests them. Codes that name no mission or function of the version are left
	 * out and listed.
	 */
	public Proposition proposer(List<String> codes, String intitule) {
		var referentiel = referentiels.dernierePubliee();
		var parts = new ArrayList<FicheDePoste.Part>();
		var inconnus = new ArrayList<String>();
		for (var code : codes) {
			var perimetre = Code.estValide(code) ? referentiel.perimetre(Code.of(code)) : Optional.<Perimetre>empty();
			if (perimetre.isEmpty()) {
				inconnus.add(code);
			}
			else if (parts.stream().noneMatch(part -> part.perimetre().equals(perimetre.get().code()))) {
				parts.add(new FicheDePoste.Part(perimetre.get().code(), null));
			}
		}
		var vierge = FicheDePoste.vierge(referentiel.numero()).avecIntitule(intitule);
		var fiche = new FicheDePoste(vierge.version(), vierge.employeur(), vierge.poste(), parts, vierge.activites(),
				vierge.competences(), vierge.valeurs(), vierge.conditions(), vierge.annonce());
		return new Proposition(fiche.ajusteeAuxPerimetres(referentiel), inconnus);
	}

	/** The job titles AVA suggests, in the singular and in inclusive writing. */
	public List<String> intitulesSuggeres() {
		return INTITULES_SUGGERES;
	}

	/** The version a job description is built on: its items, its words. */
	public Referentiel referentielDe(FicheDePoste fiche) {
		return referentiels.publiee(fiche.version());
	}

	/** The errors of one step, none when it is right. */
	public List<ErreurDeSaisie> verifier(FicheDePoste fiche, Etape etape) {
		var erreurs = new Erreurs();
		var referentiel = referentielDe(fiche);
		switch (etape) {
			case EMPLOYEUR -> verifierLEmployeur(fiche.employeur(), erreurs);
			case POSTE -> verifierLePoste(fiche, erreurs);
			case MISSIONS -> verifierLesParts(fiche.parts(), referentiel, erreurs);
			case ACTIVITES -> verifierLeChoix(fiche.activites(), "activites", "activitesPropres",
					fiche.activitesPossibles(referentiel), erreurs);
			case COMPETENCES -> verifierLeChoix(fiche.competences(), "competences", "competencesPropres",
					fiche.competencesPossibles(referentiel), erreurs);
			case POSTURE -> verifierLesValeurs(fiche.valeurs(), referentiel, erreurs);
			case CONDITIONS -> verifierLesConditions(fiche.conditions(), fiche.annonce(), erreurs);
			case RECRUTEMENT -> verifierLeRecrutement(fiche.annonce(), erreurs);
		}
		return erreurs.liste();
	}

	/**
	 * The job description as it may be saved or exported.
	 * @throws FicheInvalide at the first step with errors
	 */
	public FicheDePoste valider(FicheDePoste fiche) {
		for (var etape : Etape.values()) {
			var erreurs = verifier(fiche, etape);
			if (!erreurs.isEmpty()) {
				throw new FicheInvalide(etape, erreurs);
			}
		}
		return fiche;
	}

	/** The first step that has errors, if any. */
	public Optional<Etape> premiereEtapeIncomplete(FicheDePoste fiche) {
		return Arrays.stream(Etape.values()).filter(etape -> !verifier(fiche, etape).isEmpty()).findFirst();
	}

	private static void verifierLEmployeur(FicheDePoste.Employeur employeur, Erreurs erreurs) {
		if (employeur.type() == null) {
			erreurs.ajouter("employeur", "fiche.employeur.obligatoire");
		}
		if (employeur.territoire() == null) {
			erreurs.ajouter("territoire", "fiche.territoire.obligatoire");
		}
		erreurs.longueur("nomEmployeur", employeur.nom(), NOM_MAXIMUM);
	}

	private static void verifierLePoste(FicheDePoste fiche, Erreurs erreurs) {
		var poste = fiche.poste();
		if (poste.intitule().isBlank()) {
			erreurs.ajouter("intitule", "fiche.intitule.obligatoire");
		}
		erreurs.longueur("intitule", poste.intitule(), INTITULE_MAXIMUM);
		var employeur = fiche.employeur().type();
		if (employeur != null && employeur.estUneCollectivite() && poste.categorie() == null) {
			erreurs.ajouter("categorie", "fiche.categorie.obligatoire");
		}
		erreurs.longueur("cadreDEmplois", poste.cadreDEmplois(), CADRE_MAXIMUM);
		erreurs.longueur("convention", poste.convention(), CONVENTION_MAXIMUM);
		erreurs.longueur("remuneration", fiche.annonce().remuneration(), REMUNERATION_MAXIMUM);
		erreurs.longueur("finalite", fiche.annonce().finalite(), FINALITE_MAXIMUM);
	}

	private static void verifierLesParts(List<FicheDePoste.Part> parts, Referentiel referentiel, Erreurs erreurs) {
		if (parts.isEmpty()) {
			erreurs.ajouter("parts", "fiche.perimetres.aucun");
			return;
		}
		var total = 0;
		var completes = true;
		for (var part : parts) {
			var perimetre = referentiel.perimetre(part.perimetre());
			if (perimetre.isEmpty()) {
				erreurs.ajouter("parts", "fiche.perimetre.inconnu", part.perimetre().valeur(), referentiel.numero());
				completes = false;
				continue;
			}
			var champ = "part-" + part.perimetre().valeur();
			var pourcentage = part.pourcentage();
			if (pourcentage == null) {
				erreurs.ajouter(champ, "fiche.part.obligatoire", perimetre.get().libelle());
				completes = false;
			}
			else if (pourcentage < 1 || pourcentage > 100) {
				erreurs.ajouter(champ, "fiche.part.invalide", perimetre.get().libelle());
				completes = false;
			}
			else {
				total += pourcentage;
			}
		}
		if (completes && total != 100) {
			erreurs.ajouter("parts", "fiche.parts.total", total);
		}
	}

	private static void verifierLeChoix(FicheDePoste.Choix choix, String champ, String champDesPropres,
			Collection<Code> possibles, Erreurs erreurs) {
		if (choix.estVide()) {
			erreurs.ajouter(champ, "fiche." + champ + ".aucune");
		}
		choix.codes()
			.stream()
			.filter(code -> !possibles.contains(code))
			.forEach(code -> erreurs.ajouter(champ, "fiche." + champ + ".hors-perimetre", code.valeur()));
		var lignes = choix.propres();
		if (lignes.size() > LIGNES_MAXIMUM) {
			erreurs.ajouter(champDesPropres, "fiche." + champDesPropres + ".nombreuses", LIGNES_MAXIMUM, lignes.size());
		}
		for (int i = 0; i < lignes.size(); i++) {
			if (lignes.get(i).length() > LIGNE_MAXIMUM) {
				erreurs.ajouter(champDesPropres, "fiche." + champDesPropres + ".longue", i + 1, LIGNE_MAXIMUM,
						lignes.get(i).length());
			}
		}
	}

	private static void verifierLesValeurs(List<Code> valeurs, Referentiel referentiel, Erreurs erreurs) {
		var connues = referentiel.valeurs().stream().map(Element::code).toList();
		valeurs.stream()
			.filter(valeur -> !connues.contains(valeur))
			.forEach(valeur -> erreurs.ajouter("valeurs", "fiche.valeur.inconnue", valeur.valeur(), referentiel.numero()));
	}

	private static void verifierLesConditions(FicheDePoste.Conditions conditions, FicheDePoste.Annonce annonce,
			Erreurs erreurs) {
		if (annonce.temps() == TempsDeTravail.PARTIEL) {
			var quotite = annonce.quotite();
			if (quotite == null || quotite < QUOTITE_MINIMUM || quotite > QUOTITE_MAXIMUM) {
				erreurs.ajouter("quotite", "fiche.quotite.invalide", QUOTITE_MINIMUM, QUOTITE_MAXIMUM);
			}
		}
		erreurs.longueur("horaires", conditions.horaires(), CONDITION_MAXIMUM);
		erreurs.longueur("deplacements", conditions.deplacements(), CONDITION_MAXIMUM);
		erreurs.longueur("permanences", conditions.permanences(), CONDITION_MAXIMUM);
		if (conditions.rattachement().isBlank()) {
			erreurs.ajouter("rattachement", "fiche.rattachement.obligatoire");
		}
		erreurs.longueur("rattachement", conditions.rattachement(), RATTACHEMENT_MAXIMUM);
		erreurs.longueur("relations", conditions.relations(), RELATIONS_MAXIMUM);
	}

	private static void verifierLeRecrutement(FicheDePoste.Annonce annonce, Erreurs erreurs) {
		erreurs.longueur("profil", annonce.profil(), PROFIL_MAXIMUM);
		erreurs.longueur("diplomes", annonce.diplomes(), DIPLOMES_MAXIMUM);
		if (!annonce.priseDePoste().isBlank() && annonce.dateDePriseDePoste().isEmpty()) {
			erreurs.ajouter("priseDePoste", "fiche.priseDePoste.invalide", annonce.priseDePoste());
		}
		erreurs.longueur("contact", annonce.contact(), CONTACT_MAXIMUM);
	}

	private static final class Erreurs {

		private final List<ErreurDeSaisie> liste = new ArrayList<>();

		void ajouter(String champ, String codeMessage, Object... arguments) {
			liste.add(ErreurDeSaisie.de(champ, codeMessage, arguments));
		}

		/** A text longer than allowed: "fiche.<champ>.long", with the maximum and the length typed. */
		void longueur(String champ, String texte, int maximum) {
			if (texte.length() > maximum) {
				ajouter(champ, "fiche." + champ + ".long", maximum, texte.length());
			}
		}

		List<ErreurDeSaisie> liste() {
			return liste;
		}

	}

}
