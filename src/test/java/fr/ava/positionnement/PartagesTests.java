package fr.ava.positionnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.ava.BoiteMailDeTest;
import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Referentiels;
import fr.ava.socle.RequeteInvalide;

@SpringBootTest
class PartagesTests {

	@Autowired
	Partages partages;

	@Autowired
	Positionnements positionnements;

	@Autowired
	Comptes comptes;

	@Autowired
	Structures structures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Referentiels referentiels;

	UUID auteur;

	UUID gestionnaire;

	UUID structure;

	UUID positionnement;

	@BeforeEach
	void uneStructureAvecSonGestionnaireEtUnMembre() {
		var rna = "W75" + String.format("%07d", (int) (Math.random() * 10_000_000));
		gestionnaire = compte("gestionnaire");
		structures.declarer(gestionnaire, TypeDeStructure.ASSOCIATION, "Association du partage", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);
		structure = structures.de(gestionnaire).get(0).structureId();
		auteur = membre("auteur", rna);
		positionnement = positionnements.commencer(auteur, Set.of()).id();
		positionnements.evaluer(auteur, positionnement, Code.of("M1-C01"), 3);
	}

	@Test
	void unPositionnementEstPriveTantQuIlNEstPasPartage() {
		assertThat(partages.partagesAvecMoi(gestionnaire)).isEmpty();
		assertThatThrownBy(() -> partages.partageAvecMoi(gestionnaire, positionnement))
			.isInstanceOf(PositionnementIntrouvable.class);
		assertThat(partages.partagesDe(auteur, positionnement).structures()).isEmpty();
	}

	@Test
	void leGestionnaireLitCeQuiEstPartageAvecSaStructureEtPlusRienDesQueLePartageEstRetire() {
		partages.partagerAvecStructure(auteur, positionnement, structure);

		assertThat(partages.partagesAvecMoi(gestionnaire)).singleElement().satisfies(partage -> {
			assertThat(partage.positionnementId()).isEqualTo(positionnement);
			assertThat(partage.auteur()).isEqualTo("Camille auteur");
		});
		assertThat(partages.partageAvecMoi(gestionnaire, positionnement).niveau(Code.of("M1-C01"))).isEqualTo(Niveau.AUTONOMIE);

		partages.retirerPartage(auteur, positionnement, structure);

		assertThat(partages.partagesAvecMoi(gestionnaire)).isEmpty();
		assertThatThrownBy(() -> partages.partageAvecMoi(gestionnaire, positionnement))
			.isInstanceOf(PositionnementIntrouvable.class);
	}

	@Test
	void unSimpleMembreNeVoitRienDeCeQuiEstPartageAvecLaStructure() {
		var rna = structures.de(gestionnaire).get(0).rna();
		var collegue = membre("collegue", rna);
		partages.partagerAvecStructure(auteur, positionnement, structure);

		assertThat(partages.partagesAvecMoi(collegue)).isEmpty();
		assertThatThrownBy(() -> partages.partageAvecMoi(collegue, positionnement))
			.isInstanceOf(PositionnementIntrouvable.class);
		assertThatThrownBy(() -> partages.equipe(collegue, structure)).isInstanceOf(PartageIntrouvable.class);
	}

	@Test
	void onNePartageQueSonPositionnementEtAvecUneDeSesStructures() {
		var autre = compte("autre");

		assertThatThrownBy(() -> partages.partagerAvecStructure(autre, positionnement, structure))
			.isInstanceOf(PositionnementIntrouvable.class);
		var sansStructure = positionnements.commencer(autre, Set.of()).id();
		assertThatThrownBy(() -> partages.partagerAvecStructure(autre, sansStructure, structure))
			.isInstanceOf(PartageIntrouvable.class);
		assertThatThrownBy(() -> partages.creerLien(autre, positionnement, 30)).isInstanceOf(PositionnementIntrouvable.class);
		assertThat(partages.partagesAvecMoi(gestionnaire)).isEmpty();
		assertThat(jdbc.sql("select count(*) from lien_de_partage where positionnement_id = ?")
			.param(positionnement)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void unLienOuvreLePositionnementJusquALaRevocationImmediate() {
		var lien = partages.creerLien(auteur, positionnement, 7);

		assertThat(partages.parLien(lien.secret()).id()).isEqualTo(positionnement);
		assertThat(partages.partagesDe(auteur, positionnement).liens()).singleElement()
			.satisfies(l -> assertThat(l.actif()).isTrue());
		assertThat(jdbc.sql("select empreinte from lien_de_partage where id = ?").param(lien.id()).query(String.class).single())
			.as("seule l'empreinte du secret est gardée")
			.hasSize(64)
			.doesNotContain(lien.secret());

		partages.revoquerLien(auteur, positionnement, lien.id());

		assertThatThrownBy(() -> partages.parLien(lien.secret())).isInstanceOf(PartageIntrouvable.class)
			.extracting("codeMessage")
			.isEqualTo("partage.lien.introuvable");
		assertThat(partages.partagesDe(auteur, positionnement).liens()).singleElement()
			.satisfies(l -> assertThat(l.revoque()).isTrue());
	}

	@Test
	void unLienExpireOuInconnuEstLeMemeIntrouvable() {
		var lien = partages.creerLien(auteur, positionnement, 30);
		jdbc.sql("update lien_de_partage set expire_le = ? where id = ?")
			.params(OffsetDateTime.now().minusMinutes(1), lien.id())
			.update();

		assertThatThrownBy(() -> partages.parLien(lien.secret())).isInstanceOf(PartageIntrouvable.class)
			.extracting("codeMessage")
			.isEqualTo("partage.lien.introuvable");
		assertThatThrownBy(() -> partages.parLien("inconnu")).isInstanceOf(PartageIntrouvable.class)
			.extracting("codeMessage")
			.isEqualTo("partage.lien.introuvable");
		assertThat(partages.partagesDe(auteur, positionnement).liens()).singleElement()
			.satisfies(l -> assertThat(l.expire()).isTrue());
	}

	@Test
	void unLienVaut7Ou30Ou90JoursEtRienDAutre() {
		assertThatThrownBy(() -> partages.creerLien(auteur, positionnement, 365)).isInstanceOf(RequeteInvalide.class)
			.extracting("codeMessage")
			.isEqualTo("partage.duree.invalide");
		var lien = partages.creerLien(auteur, positionnement, 90);
		assertThat(lien.expireLe()).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(89)),
				java.time.Instant.now().plus(java.time.Duration.ofDays(91)));
	}

	@Test
	void onNeRevoqueQueSesPropresLiens() {
		var lien = partages.creerLien(auteur, positionnement, 30);
		var autre = compte("autre");
		var sien = positionnements.commencer(autre, Set.of()).id();

		assertThatThrownBy(() -> partages.revoquerLien(autre, positionnement, lien.id()))
			.isInstanceOf(PositionnementIntrouvable.class);
		assertThatThrownBy(() -> partages.revoquerLien(autre, sien, lien.id())).isInstanceOf(PartageIntrouvable.class);
		assertThat(partages.parLien(lien.secret()).id()).isEqualTo(positionnement);
	}

	@Test
	void laSyntheseDeLEquipeResteMasqueeSousCinqPersonnesPuisNeDonneQueDesMoyennes() {
		var rna = structures.de(gestionnaire).get(0).rna();
		partages.partagerAvecStructure(auteur, positionnement, structure);
		for (int i = 1; i <= 3; i++) {
			partagerUnPositionnement(membre("membre" + i, rna), i);
		}
		// A second self-assessment of the same member counts once.
		partagerUnPositionnement(auteur, 1);

		var avant = partages.equipe(gestionnaire, structure);
		assertThat(avant.visible()).isFalse();
		assertThat(avant.moyennes()).isEmpty();

		partagerUnPositionnement(membre("membre4", rna), 4);

		var apres = partages.equipe(gestionnaire, structure);
		assertThat(apres.visible()).isTrue();
		assertThat(ligne(apres, "M1").moyenne()).as("1, 1, 2, 3, 4 : the author's latest share counts")
			.isEqualTo(11 / 5.0);
		assertThat(apres.moyennes()).as("every mission and function has its row, rated or not")
			.hasSize(referentiels.dernierePubliee().perimetres().size());
	}

	@Test
	void uneLigneRenseigneeParQuatrePersonnesNeDonneRienEtParCinqSaMoyenne() {
		var rna = structures.de(gestionnaire).get(0).rna();
		partages.partagerAvecStructure(auteur, positionnement, structure);
		for (int i = 1; i <= 4; i++) {
			partagerUnPositionnement(membre("membre" + i, rna), i);
		}
		for (int niveau = 1; niveau <= 3; niveau++) {
			partagerUneVeille(membre("veilleur" + niveau, rna), niveau);
		}
		var troisVeilles = partages.equipe(gestionnaire, structure);
		var quatrieme = membre("veilleur4", rna);
		partagerUneVeille(quatrieme, 4);

		var quatreVeilles = partages.equipe(gestionnaire, structure);
		assertThat(ligne(quatreVeilles, "FT01").visible()).isFalse();
		assertThat(ligne(quatreVeilles, "FT01").moyenne()).isNull();
		assertThat(ligne(quatreVeilles, "FT01").moyenneEnFrancais()).isEmpty();
		assertThat(quatreVeilles).as("a fourth answer below the threshold changes nothing one could compare")
			.isEqualTo(troisVeilles);

		partagerUneVeille(membre("veilleur5", rna), 0);

		assertThat(ligne(partages.equipe(gestionnaire, structure), "FT01").moyenne()).isEqualTo((1 + 2 + 3 + 4 + 0) / 5.0);
	}

	@Test
	void quandUnePersonnePartDUneLigneDeCinqLaLigneSEffaceAuLieuDeTrahirSaReponse() {
		var rna = structures.de(gestionnaire).get(0).rna();
		partages.partagerAvecStructure(auteur, positionnement, structure);
		var veilleurs = new java.util.ArrayList<UUID>();
		for (int i = 0; i < 5; i++) {
			var veilleur = membre("veilleur" + i, rna);
			partagerUneVeille(veilleur, i < 4 ? 2 : 4);
			veilleurs.add(veilleur);
		}
		var avecElle = partages.equipe(gestionnaire, structure);
		assertThat(ligne(avecElle, "FT01").moyenne()).isEqualTo(12 / 5.0);

		var partante = veilleurs.get(4);
		structures.quitter(partante, structures.de(partante).get(0).id());
		var sansElle = partages.equipe(gestionnaire, structure);

		// Five people still shared; the Veille row now has four answers: nothing of it is left to subtract
		// from the first view, and no view gives a count to subtract with.
		assertThat(sansElle.visible()).isTrue();
		assertThat(ligne(sansElle, "FT01").visible()).isFalse();
		assertThat(ligne(sansElle, "FT01").moyenneEnFrancais()).isEmpty();
		assertThat(Partages.Equipe.class.getRecordComponents()).extracting(c -> c.getType().getSimpleName())
			.doesNotContain("int", "Integer", "long");
		assertThat(Partages.MoyenneDEquipe.class.getRecordComponents()).extracting(c -> c.getType().getSimpleName())
			.doesNotContain("int", "Integer", "long");
	}

	@Test
	void unMembreEnAttenteNePartagePasEtUnGestionnaireEnAttenteNeVoitRien() {
		var rna = structures.de(gestionnaire).get(0).rna();
		partages.partagerAvecStructure(auteur, positionnement, structure);
		var enAttente = compte("attente");
		structures.declarer(enAttente, TypeDeStructure.ASSOCIATION, "Association du partage", null, rna,
				RoleDansLaStructure.MEMBRE);
		var sien = positionnements.commencer(enAttente, Set.of()).id();

		assertThatThrownBy(() -> partages.partagerAvecStructure(enAttente, sien, structure))
			.isInstanceOf(PartageIntrouvable.class);
		assertThat(partages.structuresPourPartager(enAttente)).isEmpty();
		assertThat(partages.partagesAvecMoi(gestionnaire)).extracting(p -> p.positionnementId())
			.containsExactly(positionnement);
	}

	@Test
	void unMembreDontLaDemandeRedevientEnAttenteNEstPlusLuNiCompte() {
		var rna = structures.de(gestionnaire).get(0).rna();
		partages.partagerAvecStructure(auteur, positionnement, structure);
		// The author asks to become a manager: their membership waits again, and nothing they shared is read meanwhile.
		structures.declarer(auteur, TypeDeStructure.ASSOCIATION, "Association du partage", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);

		assertThat(partages.partagesAvecMoi(gestionnaire)).isEmpty();
		assertThatThrownBy(() -> partages.partageAvecMoi(gestionnaire, positionnement))
			.isInstanceOf(PositionnementIntrouvable.class);
		assertThat(partages.partagesAvecMoi(auteur)).isEmpty();
	}

	@Test
	void avantDePartagerLAuteurVoitLesNomsDesResponsablesApprouves() {
		var rna = structures.de(gestionnaire).get(0).rna();
		structures.declarer(compte("candidat"), TypeDeStructure.ASSOCIATION, "Association du partage", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);

		assertThat(partages.structuresPourPartager(auteur)).singleElement().satisfies(s -> {
			assertThat(s.structureId()).isEqualTo(structure);
			assertThat(s.responsables()).containsExactly("Camille gestionnaire");
		});
	}

	@Test
	void unNouveauResponsableApprouveEstAnnonceParCourrielAChaqueMembreQuiPartage() {
		var rna = structures.de(gestionnaire).get(0).rna();
		partages.partagerAvecStructure(auteur, positionnement, structure);
		var sansPartage = membre("sanspartage", rna);
		var nouveau = compte("nouveau");
		var demande = structures.declarer(nouveau, TypeDeStructure.ASSOCIATION, "Association du partage", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);
		var avant = BoiteMailDeTest.nombreDeMessagesPour(email(auteur));

		structures.approuver(gestionnaire, demande.id(), null);

		assertThat(BoiteMailDeTest.dernierMessagePour(email(auteur))).contains("responsable d'une de vos structures",
				"peut désormais lire ce que vous partagez", "/positionnements/" + positionnement + "#partager")
			.doesNotContain("Camille nouveau", "Association du partage");
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(email(auteur))).isEqualTo(avant + 1);
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(email(sansPartage))).isZero();
		assertThat(partages.partagesAvecMoi(nouveau)).extracting(p -> p.positionnementId()).containsExactly(positionnement);

		partages.retirerPartage(auteur, positionnement, structure);
		assertThat(partages.partagesAvecMoi(nouveau)).isEmpty();
	}

	@Test
	void seulUnGestionnaireDeLaStructureVoitSonEquipe() {
		assertThat(partages.equipe(gestionnaire, structure).visible()).isFalse();
		assertThatThrownBy(() -> partages.equipe(auteur, structure)).isInstanceOf(PartageIntrouvable.class);
		assertThatThrownBy(() -> partages.equipe(gestionnaire, UUID.randomUUID())).isInstanceOf(PartageIntrouvable.class);
	}

	@Test
	void declarerUnNumeroExistantCommeGestionnaireNOuvreNiLesPartagesNiLEquipe() {
		partages.partagerAvecStructure(auteur, positionnement, structure);
		var intrus = compte("intrus");
		structures.declarer(intrus, TypeDeStructure.ASSOCIATION, "Peu importe", null, structures.de(gestionnaire).get(0).rna(),
				RoleDansLaStructure.GESTIONNAIRE);

		assertThat(partages.partagesAvecMoi(intrus)).isEmpty();
		assertThatThrownBy(() -> partages.partageAvecMoi(intrus, positionnement))
			.isInstanceOf(PositionnementIntrouvable.class);
		assertThatThrownBy(() -> partages.equipe(intrus, structure)).isInstanceOf(PartageIntrouvable.class);
		assertThat(comptes.compte(intrus).roles()).doesNotContain(Role.EMPLOYEUR);
	}

	@Test
	void uneLigneDeLEquipeQueMoinsDeCinqPersonnesOntRenseigneeNeDonneRien() {
		var rna = structures.de(gestionnaire).get(0).rna();
		partages.partagerAvecStructure(auteur, positionnement, structure);
		for (int i = 1; i <= 4; i++) {
			partagerUnPositionnement(membre("membre" + i, rna), i);
		}
		// Only one person rates a competency of Veille (FT01)
		partagerUneVeille(membre("seul", rna), 4);

		var equipe = partages.equipe(gestionnaire, structure);

		assertThat(equipe.visible()).isTrue();
		assertThat(ligne(equipe, "M1").visible()).isTrue();
		assertThat(ligne(equipe, "FT01").visible()).as("one person's exact answer").isFalse();
	}

	private static Partages.MoyenneDEquipe ligne(Partages.Equipe equipe, String code) {
		return equipe.moyennes().stream().filter(m -> m.code().valeur().equals(code)).findFirst().orElseThrow();
	}

	/** A member's self-assessment with Veille, one of its competencies rated, shared with the structure. */
	private void partagerUneVeille(UUID membre, int niveau) {
		var id = positionnements.commencer(membre, Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(membre, id, Code.of("FT01-C01"), niveau);
		partages.partagerAvecStructure(membre, id, structure);
	}

	private String email(UUID compte) {
		return comptes.compte(compte).email();
	}

	private void partagerUnPositionnement(UUID membre, int niveau) {
		var id = positionnements.commencer(membre, Set.of()).id();
		positionnements.evaluer(membre, id, Code.of("M1-C01"), niveau);
		partages.partagerAvecStructure(membre, id, structure);
	}

	/** A member approved by the structure's manager. */
	private UUID membre(String nom, String rna) {
		var membre = compte(nom);
		var demande = structures.declarer(membre, TypeDeStructure.ASSOCIATION, "Association du partage", null, rna,
				RoleDansLaStructure.MEMBRE);
		structures.approuver(gestionnaire, demande.id(), null);
		return membre;
	}

	private UUID compte(String nom) {
		return comptes.creerConfirme(nom + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr",
				"Camille " + nom, Optional.empty(), Set.of()).id();
	}

}
