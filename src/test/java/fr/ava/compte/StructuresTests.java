package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import fr.ava.BoiteMailDeTest;

/**
 * The SIREN and RNA numbers a structure is declared with. {@code @AutoConfigureMockMvc} only to share
 * the cached context of the web tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StructuresTests {

	@Autowired
	Structures structures;

	@Autowired
	Comptes comptes;

	@ParameterizedTest(name = "« {0} » → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			732829320   | 732829320
			552100554   | 552100554
			732 829 320 | 732829320
			""")
	void accepteUnSirenDontLaCleDeLuhnEstJuste(String saisi, String enregistre) {
		var compte = compte();
		structures.declarer(compte.id(), TypeDeStructure.COMMUNE, "Commune " + saisi, saisi, null, RoleDansLaStructure.MEMBRE);
		assertThat(structures.de(compte.id())).singleElement().satisfies(a -> {
			assertThat(a.siren()).isEqualTo(enregistre);
			assertThat(a.rna()).isNull();
		});
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "000000000", "732829321", "552100555", "123456789", "73282932", "7328293200", "ABCDEFGHI", "73282932O",
			"732-829-320" })
	void refuseUnSirenSansNeufChiffresOuDontLaCleEstFausse(String siren) {
		var compte = compte();
		var refus = catchThrowableOfType(SaisieRefusee.class, () -> structures.declarer(compte.id(),
				TypeDeStructure.COMMUNE, "Commune", siren, null, RoleDansLaStructure.GESTIONNAIRE));
		assertThat(refus).isNotNull();
		assertThat(refus.champ()).isEqualTo("siren");
		assertThat(refus.codeMessage()).isEqualTo("compte.structure.siren");
		assertThat(structures.de(compte.id())).isEmpty();
		assertThat(comptes.compte(compte.id()).roles()).as("aucun rôle d'employeur pour une structure refusée")
			.containsExactly(Role.ACCOMPAGNATEUR);
	}

	@ParameterizedTest(name = "« {0} » → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			W751234567   | W751234567
			W2A1234567   | W2A1234567
			W2B1234567   | W2B1234567
			w751234567   | W751234567
			W75 123 4567 | W751234567
			""")
	void accepteUnRnaAvecSonDepartementMemeCorse(String saisi, String enregistre) {
		var compte = compte();
		structures.declarer(compte.id(), TypeDeStructure.ASSOCIATION, "Association " + saisi, null, saisi,
				RoleDansLaStructure.MEMBRE);
		assertThat(structures.de(compte.id())).singleElement().satisfies(a -> {
			assertThat(a.rna()).isEqualTo(enregistre);
			assertThat(a.siren()).isNull();
		});
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "W75123456", "W7512345678", "X751234567", "751234567", "W7C1234567", "W2C1234567", "W75123456A",
			"WW51234567" })
	void refuseUnRnaMalForme(String rna) {
		var compte = compte();
		var refus = catchThrowableOfType(SaisieRefusee.class, () -> structures.declarer(compte.id(),
				TypeDeStructure.ASSOCIATION, "Association", null, rna, RoleDansLaStructure.MEMBRE));
		assertThat(refus).isNotNull();
		assertThat(refus.champ()).isEqualTo("rna");
		assertThat(refus.codeMessage()).isEqualTo("compte.structure.rna");
		assertThat(structures.de(compte.id())).isEmpty();
	}

	@ParameterizedTest(name = "« {0} »")
	@NullSource
	@ValueSource(strings = { "", "   " })
	void lesNumerosSontFacultatifs(String vide) {
		var compte = compte();
		structures.declarer(compte.id(), TypeDeStructure.AUTRE, "Tiers-lieu", vide, vide, RoleDansLaStructure.MEMBRE);
		assertThat(structures.de(compte.id())).singleElement().satisfies(a -> {
			assertThat(a.siren()).isNull();
			assertThat(a.rna()).isNull();
		});
	}

	@Test
	void unMemeSirenRattacheDeuxComptesALaMemeStructureUneFoisLaDemandeApprouvee() {
		var premier = compte();
		var second = compte();
		var siren = sirenInedit();
		structures.declarer(premier.id(), TypeDeStructure.COMMUNE, "Commune de Cap-Sirène",
				siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6), null,
				RoleDansLaStructure.GESTIONNAIRE);
		var demande = structures.declarer(second.id(), TypeDeStructure.COMMUNE, "Cap-Sirène", siren, null,
				RoleDansLaStructure.MEMBRE);

		var duPremier = structures.de(premier.id()).get(0);
		assertThat(duPremier.statut()).as("qui crée la structure y est aussitôt").isEqualTo(Appartenance.Statut.APPROUVEE);
		assertThat(demande.structureId()).isEqualTo(duPremier.structureId());
		assertThat(demande.nom()).isEqualTo("Commune de Cap-Sirène");
		assertThat(demande.statut()).isEqualTo(Appartenance.Statut.EN_ATTENTE);
		assertThat(structures.approuveesDe(second.id())).isEmpty();

		structures.approuver(premier.id(), demande.id(), "Bienvenue");

		assertThat(structures.approuveesDe(second.id())).singleElement().satisfies(a -> {
			assertThat(a.structureId()).isEqualTo(duPremier.structureId());
			assertThat(a.message()).isEqualTo("Bienvenue");
		});
		assertThat(comptes.compte(premier.id()).roles()).contains(Role.EMPLOYEUR);
		assertThat(comptes.compte(second.id()).roles()).doesNotContain(Role.EMPLOYEUR);
	}

	@Test
	void demanderAGererUneStructureExistanteAttendSonGestionnaireQuiEnEstPrevenuSansLeNomDuDemandeur() {
		var gestionnaire = compte();
		var rna = rnaInedit();
		var structure = structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Les Amis du quartier", null, rna,
				RoleDansLaStructure.GESTIONNAIRE).structureId();
		var intrus = comptes.creerConfirme(adresse(), "Nom Du Demandeur", Optional.empty(), Set.of());

		var demande = structures.declarer(intrus.id(), TypeDeStructure.ASSOCIATION, "Autre nom", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);

		assertThat(demande.statut()).isEqualTo(Appartenance.Statut.EN_ATTENTE);
		assertThat(comptes.compte(intrus.id()).roles()).as("employeur à l'approbation, pas à la demande")
			.doesNotContain(Role.EMPLOYEUR);
		assertThat(structures.demandesATraiter(gestionnaire.id())).singleElement().satisfies(d -> {
			assertThat(d.id()).isEqualTo(demande.id());
			assertThat(d.structureId()).isEqualTo(structure);
			assertThat(d.role()).isEqualTo(RoleDansLaStructure.GESTIONNAIRE);
		});
		assertThat(BoiteMailDeTest.dernierMessagePour(gestionnaire.email()))
			.contains("Une demande pour rejoindre une structure dont vous êtes responsable attend votre réponse",
					"/structures/" + structure + "/demandes")
			.doesNotContain("Nom Du Demandeur", "Autre nom", "Les Amis du quartier");

		structures.approuver(gestionnaire.id(), demande.id(), null);

		assertThat(comptes.compte(intrus.id()).roles()).contains(Role.EMPLOYEUR);
		assertThat(structures.responsables(structure)).containsExactlyInAnyOrder("Dominique Structure",
				"Nom Du Demandeur");
		assertThat(structures.demandesATraiter(gestionnaire.id())).isEmpty();
	}

	@Test
	void uneDemandeRefuseeGardeLeMessageMontreAuDemandeurEtNOuvreRien() {
		var gestionnaire = compte();
		var rna = rnaInedit();
		structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Association refusante", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);
		var demandeur = compte();
		var demande = structures.declarer(demandeur.id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.MEMBRE);

		structures.refuser(gestionnaire.id(), demande.id(), "  Nous ne vous connaissons pas.  ");

		assertThat(structures.de(demandeur.id())).singleElement().satisfies(a -> {
			assertThat(a.statut()).isEqualTo(Appartenance.Statut.REFUSEE);
			assertThat(a.message()).isEqualTo("Nous ne vous connaissons pas.");
		});
		assertThat(structures.approuveesDe(demandeur.id())).isEmpty();
		assertThat(catchThrowableOfType(DemandeIntrouvable.class,
				() -> structures.approuver(gestionnaire.id(), demande.id(), null)))
			.as("une demande décidée ne se décide plus").isNotNull();
	}

	@Test
	void uneDemandeChangeeDeRoleEstUneNouvelleDemandeEtLApprobationDeLAncienneNeDonneRien() {
		var gestionnaire = compte();
		var rna = rnaInedit();
		structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Association prudente", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);
		var demandeur = compte();
		var commeMembre = structures.declarer(demandeur.id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.MEMBRE);
		// The manager's page still shows "comme membre" when the requester asks to manage instead
		var commeGestionnaire = structures.declarer(demandeur.id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);

		assertThat(catchThrowableOfType(DemandeIntrouvable.class,
				() -> structures.approuver(gestionnaire.id(), commeMembre.id(), null)))
			.as("l'approbation de la demande affichée comme membre ne fait pas un gestionnaire").isNotNull();
		assertThat(structures.approuveesDe(demandeur.id())).isEmpty();
		assertThat(commeGestionnaire.id()).isNotEqualTo(commeMembre.id());
		structures.approuver(gestionnaire.id(), commeGestionnaire.id(), null);
		assertThat(structures.approuveesDe(demandeur.id())).singleElement()
			.satisfies(a -> assertThat(a.role()).isEqualTo(RoleDansLaStructure.GESTIONNAIRE));
	}

	@Test
	void seulUnGestionnaireApprouveDeLaStructureDecideDeSesDemandes() {
		var gestionnaire = compte();
		var rna = rnaInedit();
		var structure = structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Association gardée", null, rna,
				RoleDansLaStructure.GESTIONNAIRE).structureId();
		var membreApprouve = compte();
		structures.approuver(gestionnaire.id(), structures.declarer(membreApprouve.id(), TypeDeStructure.ASSOCIATION, "x",
				null, rna, RoleDansLaStructure.MEMBRE).id(), null);
		var enAttente = compte();
		structures.declarer(enAttente.id(), TypeDeStructure.ASSOCIATION, "x", null, rna, RoleDansLaStructure.GESTIONNAIRE);
		var demandeur = compte();
		var demande = structures.declarer(demandeur.id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.MEMBRE);
		var ailleurs = compte();
		structures.declarer(ailleurs.id(), TypeDeStructure.ASSOCIATION, "Ailleurs", null, rnaInedit(),
				RoleDansLaStructure.GESTIONNAIRE);

		for (var quiNeDecidePas : List.of(membreApprouve, enAttente, ailleurs, demandeur)) {
			assertThat(catchThrowableOfType(DemandeIntrouvable.class,
					() -> structures.approuver(quiNeDecidePas.id(), demande.id(), null))).isNotNull();
			assertThat(catchThrowableOfType(DemandeIntrouvable.class,
					() -> structures.demandesDe(quiNeDecidePas.id(), structure))).isNotNull();
			assertThat(structures.demandesATraiter(quiNeDecidePas.id())).extracting(Demande::id).doesNotContain(demande.id());
		}
		assertThat(catchThrowableOfType(DemandeIntrouvable.class,
				() -> structures.approuver(gestionnaire.id(), UUID.randomUUID(), null))).isNotNull();
		assertThat(structures.de(demandeur.id())).singleElement()
			.satisfies(a -> assertThat(a.statut()).isEqualTo(Appartenance.Statut.EN_ATTENTE));
	}

	@Test
	void unAdministrateurDecideDesDemandesDUneStructureSansGestionnaireEtSeulementDElles() {
		var administrateur = comptes.creerConfirme(adresse(), "Ada Ministre", Optional.empty(), Set.of(Role.ADMINISTRATEUR));
		var rna = rnaInedit();
		var fondatrice = compte();
		var structure = structures.declarer(fondatrice.id(), TypeDeStructure.ASSOCIATION, "Association sans responsable",
				null, rna, RoleDansLaStructure.MEMBRE).structureId();
		var candidate = compte();
		var demande = structures.declarer(candidate.id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);
		var gereeRna = rnaInedit();
		var gestionnaire = compte();
		structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Association gérée", null, gereeRna,
				RoleDansLaStructure.GESTIONNAIRE);
		var chezLaGeree = structures.declarer(compte().id(), TypeDeStructure.ASSOCIATION, "x", null, gereeRna,
				RoleDansLaStructure.MEMBRE);

		assertThat(BoiteMailDeTest.dernierMessagePour(administrateur.email()))
			.contains("Une demande pour rejoindre une structure sans responsable attend votre réponse", "/admin/demandes")
			.doesNotContain("Association sans responsable");
		assertThat(structures.demandesSansResponsable(administrateur.id())).extracting(Demande::id)
			.contains(demande.id())
			.doesNotContain(chezLaGeree.id());
		assertThat(structures.demandesATraiter(administrateur.id())).extracting(Demande::id)
			.contains(demande.id())
			.doesNotContain(chezLaGeree.id());
		assertThat(catchThrowableOfType(DemandeIntrouvable.class,
				() -> structures.approuver(administrateur.id(), chezLaGeree.id(), null))).isNotNull();
		assertThat(catchThrowableOfType(DemandeIntrouvable.class,
				() -> structures.demandesSansResponsable(fondatrice.id()))).isNotNull();

		structures.approuver(administrateur.id(), demande.id(), null);

		assertThat(structures.responsables(structure)).containsExactly("Dominique Structure");
		var suivante = structures.declarer(compte().id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.MEMBRE);
		assertThat(structures.demandesATraiter(administrateur.id())).extracting(Demande::id)
			.as("la structure a désormais sa responsable").doesNotContain(suivante.id());
		assertThat(structures.demandesATraiter(candidate.id())).extracting(Demande::id).containsExactly(suivante.id());
	}

	private static String rnaInedit() {
		return "W35" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	private static String adresse() {
		return "structure-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
	}

	/** A SIREN with a right check digit that no other test uses (the database is shared). */
	private static String sirenInedit() {
		var hasard = ThreadLocalRandom.current();
		while (true) {
			var debut = String.format("%08d", hasard.nextInt(100_000_000));
			for (int cle = 0; cle <= 9; cle++) {
				var siren = debut + cle;
				var somme = 0;
				for (int i = 0; i < 9; i++) {
					var chiffre = siren.charAt(8 - i) - '0';
					somme += i % 2 == 1 ? (chiffre * 2 > 9 ? chiffre * 2 - 9 : chiffre * 2) : chiffre;
				}
				if (somme % 10 == 0) {
					return siren;
				}
			}
		}
	}

	private Compte compte() {
		return comptes.creerConfirme("structure-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr",
				"Dominique Structure", Optional.of("Structures-valides-2025"), Set.of());
	}

}
