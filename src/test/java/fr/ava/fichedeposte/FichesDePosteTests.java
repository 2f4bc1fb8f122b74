package fr.ava.fichedeposte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.ava.compte.Comptes;
import fr.ava.compte.DonneesPersonnelles;

@SpringBootTest
class FichesDePosteTests {

	@Autowired
	FichesDePoste fiches;

	@Autowired
	Comptes comptes;

	@Autowired
	List<DonneesPersonnelles> donnees;

	@Autowired
	JdbcClient jdbc;

	UUID auteur;

	UUID autre;

	@BeforeEach
	void deuxComptes() {
		auteur = compte("auteur");
		autre = compte("autre");
	}

	@Test
	void enregistreLaFicheEtLaRelitTelleQuelle() {
		var enregistree = fiches.enregistrer(auteur, FichesDExemple.realiste());

		var relue = fiches.de(auteur, enregistree.id());
		assertThat(relue.fiche()).isEqualTo(FichesDExemple.realiste());
		assertThat(relue.creeLe()).isEqualTo(enregistree.creeLe());
		assertThat(fiches.toutesDe(auteur)).extracting(FicheEnregistree::id).containsExactly(enregistree.id());
	}

	@Test
	void nEnregistreRienDUneFicheDontLesPartsNeTotalisentPasCent() {
		var realiste = FichesDExemple.realiste();
		var fausse = new FicheDePoste(realiste.version(), realiste.employeur(), realiste.poste(),
				List.of(FichesDExemple.part("M1", 40), FichesDExemple.part("M2", 20)), realiste.activites(),
				realiste.competences(), realiste.valeurs(), realiste.conditions(), realiste.annonce());

		assertThatThrownBy(() -> fiches.enregistrer(auteur, fausse)).isInstanceOfSatisfying(FicheInvalide.class,
				invalide -> assertThat(invalide.etape()).isEqualTo(Etape.MISSIONS));
		assertThat(fiches.toutesDe(auteur)).isEmpty();
		assertThat(jdbc.sql("select count(*) from fiche_de_poste where compte_id = ?").param(auteur).query(Integer.class).single())
			.isZero();
	}

	@Test
	void modifierGardeLIdentifiantEtNeChangeRienSiLaNouvelleVersionEstFausse() {
		var enregistree = fiches.enregistrer(auteur, FichesDExemple.realiste());

		var modifiee = fiches.modifier(auteur, enregistree.id(), FichesDExemple.realiste().avecIntitule("Coordinateur·trice"));
		assertThat(modifiee.id()).isEqualTo(enregistree.id());
		assertThat(fiches.de(auteur, enregistree.id()).fiche().poste().intitule()).isEqualTo("Coordinateur·trice");
		assertThat(fiches.de(auteur, enregistree.id()).creeLe()).isEqualTo(enregistree.creeLe());

		assertThatThrownBy(() -> fiches.modifier(auteur, enregistree.id(), FichesDExemple.realiste().avecIntitule("")))
			.isInstanceOf(FicheInvalide.class);
		assertThat(fiches.de(auteur, enregistree.id()).fiche())
			.isEqualTo(FichesDExemple.realiste().avecIntitule("Coordinateur·trice"));
	}

	@Test
	void laFicheDUnAutreEstIntrouvableEtNeChangePas() {
		var sienne = fiches.enregistrer(auteur, FichesDExemple.realiste());

		assertThatThrownBy(() -> fiches.de(autre, sienne.id())).isInstanceOf(FicheIntrouvable.class);
		assertThatThrownBy(() -> fiches.modifier(autre, sienne.id(), FichesDExemple.realiste().avecIntitule("Volée")))
			.isInstanceOf(FicheIntrouvable.class);
		assertThatThrownBy(() -> fiches.dupliquer(autre, sienne.id())).isInstanceOf(FicheIntrouvable.class);
		assertThatThrownBy(() -> fiches.supprimer(autre, sienne.id())).isInstanceOf(FicheIntrouvable.class);
		assertThat(fiches.toutesDe(autre)).isEmpty();
		assertThat(fiches.de(auteur, sienne.id()).fiche()).isEqualTo(FichesDExemple.realiste());
	}

	@Test
	void dupliqueUneFicheSousUnIntituleMarqueCommeCopie() {
		var originale = fiches.enregistrer(auteur, FichesDExemple.realiste().avecIntitule("I".repeat(120)));

		var copie = fiches.dupliquer(auteur, originale.id());

		assertThat(copie.id()).isNotEqualTo(originale.id());
		assertThat(copie.fiche().poste().intitule()).hasSize(120).endsWith("I (copie)");
		assertThat(copie.fiche().parts()).isEqualTo(originale.fiche().parts());
		assertThat(copie.fiche().annonce()).isEqualTo(FichesDExemple.ANNONCE);
		assertThat(fiches.toutesDe(auteur)).hasSize(2);
	}

	@Test
	void supprimeUneFicheEtSonContenu() {
		var enregistree = fiches.enregistrer(auteur, FichesDExemple.realiste());

		fiches.supprimer(auteur, enregistree.id());

		assertThat(fiches.toutesDe(auteur)).isEmpty();
		assertThat(jdbc.sql("select count(*) from element_de_fiche where fiche_id = ?").param(enregistree.id())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void lesFichesFontPartieDesDonneesPersonnellesEtPartentAvecLeCompte() {
		var enregistree = fiches.enregistrer(auteur, FichesDExemple.realiste());

		var rubrique = donnees.stream().filter(partie -> partie.rubrique().equals("fichesDePoste")).findFirst().orElseThrow();
		assertThat(rubrique.de(auteur)).asInstanceOf(InstanceOfAssertFactories.LIST)
			.singleElement()
			.isEqualTo(fiches.de(auteur, enregistree.id()));
		assertThat(rubrique.de(autre)).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();

		comptes.supprimer(auteur);
		assertThat(jdbc.sql("select count(*) from fiche_de_poste where id = ?").param(enregistree.id()).query(Integer.class).single())
			.isZero();
	}

	private UUID compte(String nom) {
		return comptes.creerConfirme(nom + "-" + UUID.randomUUID() + "@exemple.fr", nom, Optional.empty(), Set.of()).id();
	}

}
