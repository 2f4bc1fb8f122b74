package fr.ava.fichedeposte;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Version;

/**
 * Job descriptions for the tests: a realistic one, as its form sends it, one that takes everything, and a
 * short text to analyse.
 */
public final class FichesDExemple {

	public static final String INTITULE = "Chargé·e de mission vie associative";

	public static final String ACTIVITE_PROPRE = "Animer le guichet associatif de la communauté de communes";

	public static final String COMPETENCE_PROPRE = "Connaître le logiciel d'instruction des subventions";

	/** What the posting tells the candidates, every field filled. */
	public static final FicheDePoste.Annonce ANNONCE = new FicheDePoste.Annonce(
			"Soutenir le développement des associations du territoire intercommunal.", TempsDeTravail.PARTIEL, 80,
			"Grille indiciaire des animateurs territoriaux et RIFSEEP", "Expérience de la vie associative exigée.",
			"Licence professionnelle en développement local", "2027-09-01",
			"Lettre et CV à recrutement@cc-valdeloire.fr avant le 15 juin", false);

	/** Subsidies and agreements with associations, twice: an analysis finds administrative and financial management (FS01). */
	public static final String SUBVENTIONS = """
			Chargé·e de mission vie associative
			Missions :
			- Instruire les demandes de subvention des associations et préparer les conventions d'objectifs.
			- Suivre les dossiers de subvention, les bilans financiers et les comptes rendus d'utilisation des aides.
			- Accueillir, informer et orienter les bénévoles et les porteurs de projet associatif.
			Profil : permis B exigé.
			""";

	private FichesDExemple() {
	}

	/** An intercommunal post on a rural territory: five missions and functions, own lines, conditions. */
	public static FicheDePoste realiste() {
		return new FicheDePoste(Version.Numero.of("1.0"),
				new FicheDePoste.Employeur(TypeDEmployeur.INTERCOMMUNALITE, TypeDeTerritoire.RURAL,
						"Communauté de communes du Val de Loire"),
				new FicheDePoste.Poste(INTITULE, Categorie.B, "Animateurs territoriaux", ""),
				List.of(part("M1", 40), part("M2", 20), part("FT01", 10), part("FT08", 20), part("FS03", 10)),
				new FicheDePoste.Choix(codes("M1-A01", "M1-A02", "M2-A01", "FT01-A01"), List.of(ACTIVITE_PROPRE)),
				new FicheDePoste.Choix(codes("M1-C01", "M1-C02", "M2-C01", "FT01-C02", "FT08-C01", "FS03-C01"),
						List.of(COMPETENCE_PROPRE)),
				codes("V01", "V03", "V15"),
				new FicheDePoste.Conditions("35 heures par semaine, du mardi au samedi", TravailEnSoiree.OCCASIONNEL,
						"Sur les 24 communes, permis B", "Le jeudi matin à la mairie de Saint-Martin",
						"Directrice du pôle cohésion sociale", "Élu·es des communes, associations, CAF, département"),
				ANNONCE);
	}

	/** {@link #realiste()}, its document leaving out the framework's asides and note calls. */
	public static FicheDePoste realisteSansApartes() {
		var realiste = realiste();
		var annonce = realiste.annonce();
		return new FicheDePoste(realiste.version(), realiste.employeur(), realiste.poste(), realiste.parts(),
				realiste.activites(), realiste.competences(), realiste.valeurs(), realiste.conditions(),
				new FicheDePoste.Annonce(annonce.finalite(), annonce.temps(), annonce.quotite(), annonce.remuneration(),
						annonce.profil(), annonce.diplomes(), annonce.priseDePoste(), annonce.contact(), true));
	}

	/** The form fields of {@link #realiste()}, as the builder sends them from its last step. */
	public static MultiValueMap<String, String> champsRealistes() {
		var champs = new LinkedMultiValueMap<String, String>();
		champs.add("version", "1.0");
		champs.add("etape", "8");
		champs.add("employeur", "INTERCOMMUNALITE");
		champs.add("territoire", "RURAL");
		champs.add("nomEmployeur", "Communauté de communes du Val de Loire");
		champs.add("intitule", INTITULE);
		champs.add("categorie", "B");
		champs.add("cadreDEmplois", "Animateurs territoriaux");
		for (var part : realiste().parts()) {
			champs.add("perimetre", part.perimetre().valeur());
			champs.add("part-" + part.perimetre().valeur(), part.pourcentage().toString());
		}
		realiste().activites().codes().forEach(code -> champs.add("activite", code.valeur()));
		champs.add("activitesPropres", ACTIVITE_PROPRE);
		realiste().competences().codes().forEach(code -> champs.add("competence", code.valeur()));
		champs.add("competencesPropres", COMPETENCE_PROPRE);
		realiste().valeurs().forEach(code -> champs.add("valeur", code.valeur()));
		var conditions = realiste().conditions();
		champs.add("horaires", conditions.horaires());
		champs.add("soiree", conditions.soiree().name());
		champs.add("deplacements", conditions.deplacements());
		champs.add("permanences", conditions.permanences());
		champs.add("rattachement", conditions.rattachement());
		champs.add("relations", conditions.relations());
		champs.add("finalite", ANNONCE.finalite());
		champs.add("temps", ANNONCE.temps().name());
		champs.add("quotite", ANNONCE.quotite().toString());
		champs.add("remuneration", ANNONCE.remuneration());
		champs.add("profil", ANNONCE.profil());
		champs.add("diplomes", ANNONCE.diplomes());
		champs.add("priseDePoste", "01/09/2027");
		champs.add("contact", ANNONCE.contact());
		return champs;
	}

	/**
	 * Every mission and function with an equal share, every activity, competency and value, and as
	 * many own lines as allowed: the largest job description there can be.
	 */
	public static FicheDePoste toutLeReferentiel(Referentiel referentiel) {
		var perimetres = referentiel.perimetres();
		var parts = new ArrayList<FicheDePoste.Part>();
		for (int i = 0; i < perimetres.size(); i++) {
			var part = 100 / perimetres.size() + (i < 100 % perimetres.size() ? 1 : 0);
			parts.add(new FicheDePoste.Part(perimetres.get(i).code(), part));
		}
		var lignes = IntStream.rangeClosed(1, Redaction.LIGNES_MAXIMUM)
			.mapToObj(n -> "Ligne propre à l'employeur n° " + n + " : " + "précision ".repeat(20).strip())
			.toList();
		var realiste = realiste();
		return new FicheDePoste(referentiel.numero(), realiste.employeur(), realiste.poste(), parts,
				new FicheDePoste.Choix(referentiel.activites().stream().map(Element::code).toList(), lignes),
				new FicheDePoste.Choix(referentiel.competences().stream().map(Element::code).toList(), lignes),
				referentiel.valeurs().stream().map(Element::code).toList(), realiste.conditions(), realiste.annonce());
	}

	static FicheDePoste.Part part(String code, Integer pourcentage) {
		return new FicheDePoste.Part(Code.of(code), pourcentage);
	}

	static List<Code> codes(String... codes) {
		return Arrays.stream(codes).map(Code::of).toList();
	}

}
