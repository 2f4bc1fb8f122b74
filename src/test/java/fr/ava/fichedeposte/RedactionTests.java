package fr.ava.fichedeposte;

import static fr.ava.fichedeposte.FichesDExemple.codes;
import static fr.ava.fichedeposte.FichesDExemple.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Referentiels;

@SpringBootTest
class RedactionTests {

	@Autowired
	Redaction redaction;

	@Autowired
	Referentiels referentiels;

	@Test
	void laFicheRealisteEstJusteAChaqueEtape() {
		for (var etape : Etape.values()) {
			assertThat(redaction.verifier(FichesDExemple.realiste(), etape)).as(etape.titre()).isEmpty();
		}
	}

	@Test
	void refuseDesPartsQuiNeTotalisentPasCentPourCent() {
		var fiche = avecParts(part("M1", 40), part("FT01", 50));

		assertThat(redaction.verifier(fiche, Etape.MISSIONS)).containsExactly(
				new ErreurDeSaisie("parts", "fiche.parts.total", List.of(90)));
		assertThat(redaction.verifier(avecParts(part("M1", 60), part("FT01", 50)), Etape.MISSIONS))
			.extracting(ErreurDeSaisie::codeMessage)
			.containsExactly("fiche.parts.total");
	}

	@Test
	void demandeLaPartDeChaqueMissionOuFonctionChoisie() {
		var fiche = avecParts(part("M1", 100), part("FT01", null));

		assertThat(redaction.verifier(fiche, Etape.MISSIONS))
			.containsExactly(new ErreurDeSaisie("part-FT01", "fiche.part.obligatoire", List.of("Veille")));
	}

	@Test
	void refuseUnePartQuiNEstPasEntreUnEtCent() {
		assertThat(redaction.verifier(avecParts(part("M1", 0), part("FT01", 100)), Etape.MISSIONS))
			.extracting(ErreurDeSaisie::champ, ErreurDeSaisie::codeMessage)
			.containsExactly(tuple("part-M1", "fiche.part.invalide"));
		assertThat(redaction.verifier(avecParts(part("M1", 101)), Etape.MISSIONS)).extracting(ErreurDeSaisie::codeMessage)
			.containsExactly("fiche.part.invalide");
	}

	@Test
	void demandeAuMoinsUneMissionOuFonction() {
		assertThat(redaction.verifier(avecParts(), Etape.MISSIONS)).extracting(ErreurDeSaisie::codeMessage)
			.containsExactly("fiche.perimetres.aucun");
	}

	@Test
	void refuseUnCodeQuiNEstNiMissionNiFonction() {
		assertThat(redaction.verifier(avecParts(part("M1", 50), part("FT01-C02", 50)), Etape.MISSIONS))
			.containsExactly(new ErreurDeSaisie("parts", "fiche.perimetre.inconnu", List.of("FT01-C02",
					referentiels.dernierePubliee().numero())));
	}

	@Test
	void nAccepteQueLesActivitesDesMissionsEtFonctionsChoisies() {
		var realiste = FichesDExemple.realiste();
		var fiche = new FicheDePoste(realiste.version(), realiste.employeur(), realiste.poste(), realiste.parts(),
				new FicheDePoste.Choix(codes("M1-A01", "FS06-A01"), List.of()), realiste.competences(),
				realiste.valeurs(), realiste.conditions(), realiste.annonce());

		assertThat(redaction.verifier(fiche, Etape.ACTIVITES))
			.containsExactly(new ErreurDeSaisie("activites", "fiche.activites.hors-perimetre", List.of("FS06-A01")));
		assertThatThrownBy(() -> redaction.valider(fiche)).isInstanceOfSatisfying(FicheInvalide.class,
				invalide -> assertThat(invalide.etape()).isEqualTo(Etape.ACTIVITES));
	}

	@Test
	void gardeLesActivitesPropresALEmployeurCommeSiennes() {
		var texte = TexteDeLaFiche.de(FichesDExemple.realiste(), referentiels.dernierePubliee());

		assertThat(texte.activitesPropres()).containsExactly(FichesDExemple.ACTIVITE_PROPRE);
		assertThat(texte.competencesPropres()).containsExactly(FichesDExemple.COMPETENCE_PROPRE);
		assertThat(texte.perimetres()).flatExtracting(TexteDeLaFiche.PerimetreDuPoste::activites)
			.doesNotContain(FichesDExemple.ACTIVITE_PROPRE)
			.contains("Accompagnement à la création associative et à la mise en sommeil ou dissolution d'association");
	}

	@Test
	void demandeUneActiviteOuUneCompetenceAuMoins() {
		var realiste = FichesDExemple.realiste();
		var fiche = new FicheDePoste(realiste.version(), realiste.employeur(), realiste.poste(), realiste.parts(),
				FicheDePoste.Choix.AUCUN, FicheDePoste.Choix.AUCUN, realiste.valeurs(), realiste.conditions(), realiste.annonce());

		assertThat(redaction.verifier(fiche, Etape.ACTIVITES)).extracting(ErreurDeSaisie::codeMessage)
			.containsExactly("fiche.activites.aucune");
		assertThat(redaction.verifier(fiche, Etape.COMPETENCES)).extracting(ErreurDeSaisie::codeMessage)
			.containsExactly("fiche.competences.aucune");
	}

	@Test
	void refuseDesLignesPropresTropLonguesOuTropNombreuses() {
		var realiste = FichesDExemple.realiste();
		var lignes = new ArrayList<>(Collections.nCopies(21, "Une activité"));
		lignes.set(2, "x".repeat(301));
		var fiche = new FicheDePoste(realiste.version(), realiste.employeur(), realiste.poste(), realiste.parts(),
				new FicheDePoste.Choix(List.of(), lignes), realiste.competences(), realiste.valeurs(),
				realiste.conditions(), realiste.annonce());

		assertThat(redaction.verifier(fiche, Etape.ACTIVITES)).containsExactly(
				new ErreurDeSaisie("activitesPropres", "fiche.activitesPropres.nombreuses", List.of(20, 21)),
				new ErreurDeSaisie("activitesPropres", "fiche.activitesPropres.longue", List.of(3, 300, 301)));
	}

	@Test
	void refuseUnIntituleTropLongOuVide() {
		assertThat(redaction.verifier(FichesDExemple.realiste().avecIntitule("I".repeat(121)), Etape.POSTE))
			.containsExactly(new ErreurDeSaisie("intitule", "fiche.intitule.long", List.of(120, 121)));
		assertThat(redaction.verifier(FichesDExemple.realiste().avecIntitule(" "), Etape.POSTE))
			.extracting(ErreurDeSaisie::codeMessage)
			.containsExactly("fiche.intitule.obligatoire");
	}

	@Test
	void choisirSesMissionsProposeLeursCompetencesEtRetireCeQuiNEnVientPlus() {
		var realiste = FichesDExemple.realiste();
		var referentiel = referentiels.dernierePubliee();
		var fiche = new FicheDePoste(realiste.version(), realiste.employeur(), realiste.poste(),
				List.of(part("M1", 50), part("FS06", 50)), realiste.activites(), realiste.competences(), realiste.valeurs(),
				realiste.conditions(), realiste.annonce());

		var ajustee = fiche.ajusteeAuxPerimetres(referentiel);

		var plaidoyer = referentiel.perimetre(Code.of("FS06")).orElseThrow().competences().stream().map(Element::code).toList();
		assertThat(ajustee.competences().codes()).as("M1 garde son choix, FS06 propose tout, M2 et FT01 s'en vont")
			.containsExactlyElementsOf(concat(codes("M1-C01", "M1-C02"), plaidoyer));
		assertThat(ajustee.activites().codes()).containsExactlyElementsOf(codes("M1-A01", "M1-A02"));
		assertThat(ajustee.activites().propres()).containsExactly(FichesDExemple.ACTIVITE_PROPRE);
		assertThat(ajustee.competences().propres()).containsExactly(FichesDExemple.COMPETENCE_PROPRE);
	}

	@Test
	void ouvreUneFicheAvecLesMissionsEtFonctionsProposeesEtNommeLesCodesInconnus() {
		var proposition = redaction.proposer(List.of("M1", "FT01", "FS03", "ZZ9", "FT01-C02", "<b>", "M1"),
				"Agent de développement");

		assertThat(proposition.codesInconnus()).containsExactly("ZZ9", "FT01-C02", "<b>");
		assertThat(proposition.fiche().perimetres()).containsExactlyElementsOf(codes("M1", "FT01", "FS03"));
		assertThat(proposition.fiche().parts()).allSatisfy(part -> assertThat(part.pourcentage()).isNull());
		assertThat(proposition.fiche().poste().intitule()).isEqualTo("Agent de développement");
		assertThat(proposition.fiche().competences().codes()).contains(Code.of("M1-C01"), Code.of("FS03-C02"));
		assertThat(proposition.fiche().version()).isEqualTo(referentiels.dernierePubliee().numero());
	}

	@Test
	void suggereDesIntitulesAuSingulierEnEcritureInclusive() {
		assertThat(redaction.intitulesSuggeres()).contains("Chargé·e de mission vie associative",
				"Accompagnateur·trice de la vie associative", "Animateur·trice de la vie associative")
			.allMatch(intitule -> intitule.contains("·"))
			.noneMatch(intitule -> intitule.toLowerCase(Locale.ROOT).startsWith("chargés"));
	}

	@Test
	void unPosteAssociatifNAPasDeCategorieEtUnPosteTerritorialPasDeConvention() {
		var associatif = new FicheDePoste.Poste("Coordinateur", Categorie.A, "Attachés territoriaux", "ÉCLAT")
			.pour(TypeDEmployeur.ASSOCIATION);
		var territorial = new FicheDePoste.Poste("Coordinateur", Categorie.A, "Attachés territoriaux", "ÉCLAT")
			.pour(TypeDEmployeur.COMMUNE);

		assertThat(associatif).isEqualTo(new FicheDePoste.Poste("Coordinateur", null, "", "ÉCLAT"));
		assertThat(territorial).isEqualTo(new FicheDePoste.Poste("Coordinateur", Categorie.A, "Attachés territoriaux", ""));
	}

	@Test
	void unPosteTerritorialDemandeSaCategorie() {
		var realiste = FichesDExemple.realiste();
		var fiche = new FicheDePoste(realiste.version(), realiste.employeur(),
				new FicheDePoste.Poste(FichesDExemple.INTITULE, null, "", ""), realiste.parts(), realiste.activites(),
				realiste.competences(), realiste.valeurs(), realiste.conditions(), realiste.annonce());

		assertThat(redaction.verifier(fiche, Etape.POSTE)).extracting(ErreurDeSaisie::codeMessage)
			.containsExactly("fiche.categorie.obligatoire");
	}

	private static FicheDePoste avecParts(FicheDePoste.Part... parts) {
		var realiste = FichesDExemple.realiste();
		return new FicheDePoste(realiste.version(), realiste.employeur(), realiste.poste(), List.of(parts),
				realiste.activites(), realiste.competences(), realiste.valeurs(), realiste.conditions(), realiste.annonce());
	}

	private static List<Code> concat(List<Code> premiers, List<Code> suivants) {
		return Stream.concat(premiers.stream(), suivants.stream()).toList();
	}

}
