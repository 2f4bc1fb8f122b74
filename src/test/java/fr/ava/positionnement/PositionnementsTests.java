package fr.ava.positionnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.ava.compte.Comptes;
import fr.ava.compte.DonneesPersonnelles;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;
import fr.ava.referentiel.Code;
import fr.ava.socle.RequeteInvalide;

@SpringBootTest
class PositionnementsTests {

	@Autowired
	Positionnements positionnements;

	@Autowired
	Comptes comptes;

	@Autowired
	Structures structures;

	@Autowired
	Partages partages;

	@Autowired
	JdbcClient jdbc;

	/** The self-assessments' part of "Mes données". */
	@Autowired
	@Qualifier("donneesDesPositionnements")
	DonneesPersonnelles donneesDesPositionnements;

	UUID auteur;

	UUID autre;

	@BeforeEach
	void deuxComptes() {
		auteur = compte("auteur");
		autre = compte("autre");
	}

	@Test
	void commenceSurLaDerniereVersionAvecM1EtM2EtLesFonctionsChoisies() {
		var positionnement = positionnements.commencer(auteur, Set.of(Code.of("FT01"), Code.of("FS06")));

		assertThat(positionnement.version()).hasToString("1.0");
		assertThat(positionnements.de(auteur, positionnement.id()).perimetres()).extracting(Code::valeur)
			.containsExactlyInAnyOrder("M1", "M2", "FT01", "FS06");
		assertThat(positionnements.perimetresDe(positionnement)).extracting(p -> p.code().valeur())
			.containsExactly("M1", "M2", "FT01", "FS06");
	}

	@Test
	void refuseUnPerimetreQuiNEstNiMissionNiFonction() {
		assertThatThrownBy(() -> positionnements.commencer(auteur, Set.of(Code.of("FT01-C02"))))
			.isInstanceOf(RequeteInvalide.class)
			.extracting("codeMessage")
			.isEqualTo("positionnement.perimetre.inconnu");
		assertThat(positionnements.tousDe(auteur)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 5, 42 })
	void refuseUnNiveauHorsDeLEchelleSansRienEnregistrer(int niveau) {
		var id = positionnements.commencer(auteur, Set.of()).id();

		assertThatThrownBy(() -> positionnements.evaluer(auteur, id, Code.of("M1-C01"), niveau))
			.isInstanceOf(RequeteInvalide.class)
			.extracting("codeMessage")
			.isEqualTo("positionnement.niveau.invalide");
		assertThat(positionnements.de(auteur, id).reponses()).isEmpty();
	}

	@Test
	void refuseUneCompetenceHorsDuPerimetreOuUnCodeInconnu() {
		var id = positionnements.commencer(auteur, Set.of()).id();

		for (var code : new String[] { "FT01-C02", "M1-A01", "V01", "ZZ99-C01" }) {
			assertThatThrownBy(() -> positionnements.evaluer(auteur, id, Code.of(code), 2)).as(code)
				.isInstanceOf(RequeteInvalide.class)
				.extracting("codeMessage")
				.isEqualTo("positionnement.code.hors-perimetre");
		}
		assertThat(positionnements.de(auteur, id).reponses()).isEmpty();
	}

	@Test
	void lePositionnementDUnAutreEstIntrouvableEtNeChangePas() {
		var id = positionnements.commencer(auteur, Set.of()).id();

		assertThatThrownBy(() -> positionnements.de(autre, id)).isInstanceOf(PositionnementIntrouvable.class);
		assertThatThrownBy(() -> positionnements.evaluer(autre, id, Code.of("M1-C01"), 4))
			.isInstanceOf(PositionnementIntrouvable.class);
		assertThatThrownBy(() -> positionnements.terminer(autre, id)).isInstanceOf(PositionnementIntrouvable.class);
		assertThat(positionnements.tousDe(autre)).isEmpty();
		assertThat(positionnements.de(auteur, id).reponses()).isEmpty();
		assertThat(positionnements.de(auteur, id).estTermine()).isFalse();
	}

	@Test
	void unPositionnementTermineNeChangePlus() {
		var id = positionnements.commencer(auteur, Set.of()).id();
		positionnements.evaluer(auteur, id, Code.of("M1-C01"), 3);
		positionnements.terminer(auteur, id);

		assertThatThrownBy(() -> positionnements.evaluer(auteur, id, Code.of("M1-C01"), 1))
			.isInstanceOf(PositionnementTermine.class);
		assertThatThrownBy(() -> positionnements.sens(auteur, id, Code.of("V01"), Sens.FORCE))
			.isInstanceOf(PositionnementTermine.class);
		assertThat(positionnements.de(auteur, id).niveau(Code.of("M1-C01"))).isEqualTo(Niveau.AUTONOMIE);
	}

	@Test
	void deuxOngletsQuiRepondentChacunAUneQuestionNePerdentRien() {
		var id = positionnements.commencer(auteur, Set.of()).id();

		// Each tab sends only the field it changed
		positionnements.repondre(auteur, id, Map.of("n_M1-C01", "2"));
		positionnements.repondre(auteur, id, Map.of("e_M1-A01", "Statuts relus avec l'association du quartier"));
		positionnements.repondre(auteur, id, Map.of("f_M1-A01", "SOUVENT"));
		positionnements.repondre(auteur, id, Map.of("n_M1-C02", "4"));

		var relu = positionnements.de(auteur, id);
		assertThat(relu.niveau(Code.of("M1-C01"))).isEqualTo(Niveau.AVEC_APPUI);
		assertThat(relu.niveau(Code.of("M1-C02"))).isEqualTo(Niveau.TRANSMETTRE);
		assertThat(relu.reponse(Code.of("M1-A01")).exemple()).isEqualTo("Statuts relus avec l'association du quartier");
		assertThat(relu.reponse(Code.of("M1-A01")).frequence()).isEqualTo(Frequence.SOUVENT);
	}

	@Test
	void uneReponseMalFormeeAnnuleToutesCellesDuMemeEnvoi() {
		var id = positionnements.commencer(auteur, Set.of()).id();

		assertThatThrownBy(() -> positionnements.repondre(auteur, id, Map.of("n_M1-C01", "3", "n_M1-C02", "trois")))
			.isInstanceOf(RequeteInvalide.class);
		assertThat(positionnements.de(auteur, id).reponses()).isEmpty();
	}

	@Test
	void lesResultatsDonnentLeProfilLesForcesLesEcartsEtLePortfolio() {
		var id = positionnements.commencer(auteur, Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(auteur, id, Code.of("FT01-C01"), 4);
		positionnements.evaluer(auteur, id, Code.of("FT01-C02"), 3);
		positionnements.evaluer(auteur, id, Code.of("FT01-C03"), 1);
		positionnements.evaluer(auteur, id, Code.of("M1-C01"), 0);
		positionnements.exemple(auteur, id, Code.of("FT01-A03"), "Note mensuelle sur les politiques locales");
		positionnements.sens(auteur, id, Code.of("V15"), Sens.FORCE);
		var positionnement = positionnements.de(auteur, id);

		var resultats = Resultats.de(positionnement, positionnements.perimetresDe(positionnement),
				positionnements.referentielDe(positionnement));

		var veille = resultats.profils().stream().filter(p -> p.code().valeur().equals("FT01")).findFirst().orElseThrow();
		assertThat(veille.evaluees()).isEqualTo(3);
		assertThat(veille.moyenne()).isEqualTo(8.0 / 3);
		assertThat(veille.parNiveau()).containsExactly(0, 1, 0, 1, 1);
		assertThat(resultats.forces()).extracting(c -> c.code().valeur()).containsExactly("FT01-C01", "FT01-C02");
		assertThat(resultats.ecarts()).extracting(c -> c.code().valeur()).containsExactly("M1-C01", "FT01-C03");
		assertThat(resultats.aRenforcer()).extracting(p -> p.code().valeur()).containsExactly("M1");
		assertThat(resultats.portfolio()).extracting(LigneDePortfolio -> LigneDePortfolio.exemple())
			.containsExactly("Note mensuelle sur les politiques locales");
		assertThat(resultats.valeurs()).extracting(v -> v.code().valeur()).containsExactly("V15");
		assertThat(resultats.radar().axes()).hasSize(3);
		assertThat(resultats.radar().profil().split(" ")).hasSize(3);
	}

	@Test
	void laComparaisonDitCeQuiAMonteEtCeQuiABaisse() {
		var premier = positionnements.commencer(auteur, Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(auteur, premier, Code.of("FT01-C01"), 1);
		positionnements.evaluer(auteur, premier, Code.of("FT01-C02"), 3);
		positionnements.terminer(auteur, premier);
		var second = positionnements.commencer(auteur, Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(auteur, second, Code.of("FT01-C01"), 3);
		positionnements.evaluer(auteur, second, Code.of("FT01-C02"), 2);
		positionnements.evaluer(auteur, second, Code.of("FT01-C03"), 2);

		var comparaison = positionnements.comparer(auteur, premier, second);

		assertThat(comparaison.enHausse()).extracting(e -> e.code().valeur() + " " + e.enMots())
			.containsExactly("FT01-C01 en hausse de 2 niveaux");
		assertThat(comparaison.enBaisse()).extracting(e -> e.code().valeur() + " " + e.enMots())
			.containsExactly("FT01-C02 en baisse de 1 niveau");
		assertThat(comparaison.ecarts()).extracting(e -> e.code().valeur()).contains("FT01-C03");
		assertThatThrownBy(() -> positionnements.comparer(autre, premier, second))
			.isInstanceOf(PositionnementIntrouvable.class);
	}

	@Test
	void refuseDeTerminerUnPositionnementVideQuiResteOuvert() {
		var id = positionnements.commencer(auteur, Set.of(Code.of("FT01"))).id();
		positionnements.exemple(auteur, id, Code.of("FT01-C01"), "Un exemple effacé ensuite");
		positionnements.exemple(auteur, id, Code.of("FT01-C01"), "");

		assertThatThrownBy(() -> positionnements.terminer(auteur, id)).isInstanceOf(PositionnementVide.class)
			.extracting("codeMessage")
			.isEqualTo("positionnement.vide");
		assertThat(positionnements.de(auteur, id).estTermine()).isFalse();

		positionnements.sens(auteur, id, Code.of("V01"), Sens.FORCE);
		positionnements.terminer(auteur, id);
		assertThat(positionnements.de(auteur, id).estTermine()).isTrue();
	}

	@Test
	void ditCeQuiResteSansReponseMissionParMission() {
		var id = positionnements.commencer(auteur, Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(auteur, id, Code.of("FT01-C01"), 2);
		positionnements.evaluer(auteur, id, Code.of("FT01-C02"), 0);

		var restes = positionnements.sansReponse(positionnements.de(auteur, id));

		assertThat(restes).extracting(reste -> reste.perimetre().code().valeur()).containsExactly("M1", "M2", "FT01");
		assertThat(restes.get(2).competences()).extracting(c -> c.code().valeur()).containsExactly("FT01-C03", "FT01-C04");
	}

	@Test
	void nommeUnPositionnementMemeTermineEtLeNommeParSaDateSansNom() {
		var id = positionnements.commencer(auteur, Set.of(), "  Avant l'entretien 2026 ").id();
		assertThat(positionnements.de(auteur, id).intitule()).isEqualTo("Avant l'entretien 2026");

		positionnements.evaluer(auteur, id, Code.of("M1-C01"), 3);
		positionnements.terminer(auteur, id);
		positionnements.nommer(auteur, id, "Bilan 2026");
		assertThat(positionnements.de(auteur, id).nom()).isEqualTo("Bilan 2026");

		positionnements.nommer(auteur, id, "   ");
		var sansNom = positionnements.de(auteur, id);
		assertThat(sansNom.nom()).isNull();
		assertThat(sansNom.intitule()).startsWith("Positionnement du ").endsWith(String.valueOf(sansNom.commenceLe().getYear()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Deux\nlignes", "Une\ttabulation", "x" })
	void refuseUnNomSurPlusieursLignesOuTropLongSansRienChanger(String nom) {
		var refuse = nom.equals("x") ? "x".repeat(Positionnements.NOM_MAXIMUM + 1) : nom.translateEscapes();
		var id = positionnements.commencer(auteur, Set.of(), "Premier nom").id();

		assertThatThrownBy(() -> positionnements.nommer(auteur, id, refuse)).isInstanceOf(RequeteInvalide.class)
			.extracting("codeMessage")
			.isIn("positionnement.nom.une-ligne", "positionnement.nom.long");
		assertThatThrownBy(() -> positionnements.commencer(auteur, Set.of(), refuse)).isInstanceOf(RequeteInvalide.class);
		assertThat(positionnements.tousDe(auteur)).singleElement().satisfies(p -> assertThat(p.nom()).isEqualTo("Premier nom"));
		assertThatThrownBy(() -> positionnements.nommer(autre, id, "Volé")).isInstanceOf(PositionnementIntrouvable.class);
	}

	@Test
	void supprimeUnPositionnementAvecSesPartagesEtSesLiensEtRienDAutre() {
		// The author manages the structure she shares with: no approval to wait for
		structures.declarer(auteur, TypeDeStructure.ASSOCIATION, "Association du partage", null, null,
				RoleDansLaStructure.GESTIONNAIRE);
		var structure = structures.de(auteur).get(0).structureId();
		var supprime = positionnements.commencer(auteur, Set.of()).id();
		positionnements.evaluer(auteur, supprime, Code.of("M1-C01"), 2);
		partages.partagerAvecStructure(auteur, supprime, structure);
		var lien = partages.creerLien(auteur, supprime, 30);
		var garde = positionnements.commencer(auteur, Set.of()).id();
		partages.partagerAvecStructure(auteur, garde, structure);

		assertThatThrownBy(() -> positionnements.supprimer(autre, supprime)).isInstanceOf(PositionnementIntrouvable.class);
		assertThat(positionnements.de(auteur, supprime).reponses()).hasSize(1);

		positionnements.supprimer(auteur, supprime);

		assertThatThrownBy(() -> positionnements.de(auteur, supprime)).isInstanceOf(PositionnementIntrouvable.class);
		assertThatThrownBy(() -> partages.parLien(lien.secret())).isInstanceOf(PartageIntrouvable.class);
		assertThat(partages.partagesAvecMoi(auteur)).extracting(Partages.PartageRecu::positionnementId)
			.containsExactly(garde);
		assertThat(donneesDesPositionnements.de(auteur)).asInstanceOf(InstanceOfAssertFactories.LIST)
			.extracting("id")
			.containsExactly(garde);
		assertThat(jdbc.sql("select count(*) from reponse_de_positionnement where positionnement_id = ?")
			.param(supprime).query(Long.class).single()).isZero();
	}

	private UUID compte(String nom) {
		return comptes.creerConfirme(nom + "." + UUID.randomUUID() + "@exemple.fr", "Personne " + nom,
				Optional.of("Positionnement-Test-2026"), Set.of()).id();
	}

}
