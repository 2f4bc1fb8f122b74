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

import fr.ava.compte.Comptes;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;
import fr.ava.referentiel.Code;
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
	void laSyntheseDeLEquipeResteMasqueeSousCinqMembresPuisNeDonneQueDesMoyennes() {
		var rna = structures.de(gestionnaire).get(0).rna();
		partages.partagerAvecStructure(auteur, positionnement, structure);
		for (int i = 1; i <= 3; i++) {
			partagerUnPositionnement(membre("membre" + i, rna), i);
		}
		// A second self-assessment of the same member counts once.
		partagerUnPositionnement(auteur, 1);

		var avant = partages.equipe(gestionnaire, structure);
		assertThat(avant.visible()).isFalse();
		assertThat(avant.partageants()).isEqualTo(4);
		assertThat(avant.moyennes()).isEmpty();

		partagerUnPositionnement(membre("membre4", rna), 4);

		var apres = partages.equipe(gestionnaire, structure);
		assertThat(apres.visible()).isTrue();
		assertThat(apres.partageants()).isEqualTo(5);
		assertThat(apres.moyennes()).first().satisfies(m1 -> {
			assertThat(m1.code().valeur()).isEqualTo("M1");
			assertThat(m1.membres()).isEqualTo(5);
			// Each member's only rated M1 competency: 1, 1, 2, 3, 4 (the author's latest share counts).
			assertThat(m1.moyenne()).isEqualTo(11 / 5.0);
		});
	}

	@Test
	void seulUnGestionnaireDeLaStructureVoitSonEquipe() {
		assertThat(partages.equipe(gestionnaire, structure).partageants()).isZero();
		assertThatThrownBy(() -> partages.equipe(auteur, structure)).isInstanceOf(PartageIntrouvable.class);
		assertThatThrownBy(() -> partages.equipe(gestionnaire, UUID.randomUUID())).isInstanceOf(PartageIntrouvable.class);
	}

	private void partagerUnPositionnement(UUID membre, int niveau) {
		var id = positionnements.commencer(membre, Set.of()).id();
		positionnements.evaluer(membre, id, Code.of("M1-C01"), niveau);
		partages.partagerAvecStructure(membre, id, structure);
	}

	private UUID membre(String nom, String rna) {
		var membre = compte(nom);
		structures.declarer(membre, TypeDeStructure.ASSOCIATION, "Association du partage", null, rna, RoleDansLaStructure.MEMBRE);
		return membre;
	}

	private UUID compte(String nom) {
		return comptes.creerConfirme(nom + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr",
				"Camille " + nom, Optional.empty(), Set.of()).id();
	}

}
