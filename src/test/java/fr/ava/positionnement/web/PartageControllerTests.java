package fr.ava.positionnement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import fr.ava.compte.Comptes;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;
import fr.ava.positionnement.Partages;
import fr.ava.positionnement.Positionnements;
import fr.ava.referentiel.Code;

@SpringBootTest
@AutoConfigureMockMvc
class PartageControllerTests {

	private static final String LIEN_INTROUVABLE = "Ce lien de partage ne mène à rien";

	@Autowired
	MockMvc mvc;

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

	String rna;

	UUID gestionnaire;

	UUID structure;

	UUID auteur;

	UUID positionnement;

	@BeforeEach
	void uneStructure() {
		rna = "W75" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		gestionnaire = compte("Gaëlle Gestion");
		structures.declarer(gestionnaire, TypeDeStructure.ASSOCIATION, "Association partagée", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);
		structure = structures.de(gestionnaire).get(0).structureId();
		auteur = membre("Alex Auteur");
		positionnement = positionnements.commencer(auteur, Set.of()).id();
		positionnements.evaluer(auteur, positionnement, Code.of("M1-C01"), 3);
	}

	@Test
	void leGestionnaireNeVoitRienAvantLePartagePuisLitSansPouvoirModifier() throws Exception {
		mvc.perform(get("/positionnements/partages-avec-moi").with(user(gestionnaire.toString())))
			.andExpect(content().string(containsString("Aucun positionnement n'est partagé avec vous.")));
		mvc.perform(get("/positionnements/partages-avec-moi/{id}", positionnement).with(user(gestionnaire.toString())))
			.andExpect(status().isNotFound());

		mvc.perform(post("/positionnements/{id}/partages", positionnement).param("structure", structure.toString())
			.with(csrf())
			.with(user(auteur.toString()))).andExpect(status().isFound());

		mvc.perform(get("/positionnements/partages-avec-moi").with(user(gestionnaire.toString())))
			.andExpect(content().string(containsString("Alex Auteur")));
		var page = mvc.perform(get("/positionnements/partages-avec-moi/{id}", positionnement).with(user(gestionnaire.toString())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(contenu(page)).contains("Alex Auteur", "Points forts").doesNotContain("<form", "/terminer", "/perimetres/");
	}

	@Test
	void leLienCreeCommenceParLAdresseParLaquelleLAuteurAJointAva() throws Exception {
		var creation = mvc.perform(post("https://ava.exemple.fr:443/positionnements/{id}/liens", positionnement).param("duree", "7")
			.with(csrf())
			.with(user(auteur.toString()))).andExpect(status().isFound()).andReturn();
		assertThat((String) creation.getFlashMap().get("lienCree")).startsWith("https://ava.exemple.fr/partage/");
	}

	@Test
	void avantDePartagerLAuteurVoitLesNomsDesResponsablesApprouvesEtPasLesStructuresEnAttente() throws Exception {
		var candidat = compte("Candide Enattente");
		structures.declarer(candidat, TypeDeStructure.ASSOCIATION, "Association partagée", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);
		var autreRna = "W75" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		var autreGestionnaire = compte("Autre Gestion");
		structures.declarer(autreGestionnaire, TypeDeStructure.ASSOCIATION, "Association où j'attends", null, autreRna,
				RoleDansLaStructure.GESTIONNAIRE);
		structures.declarer(auteur, TypeDeStructure.ASSOCIATION, "Association où j'attends", null, autreRna,
				RoleDansLaStructure.MEMBRE);

		var page = mvc.perform(get("/positionnements/{id}", positionnement).with(user(auteur.toString())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(contenu(page)).contains("Association partagée", "Lu par sa ou son responsable :", "<span>Gaëlle Gestion</span>")
			.doesNotContain("Candide Enattente", "Association où j&#39;attends", "Autre Gestion");
	}

	@Test
	void laPageDuLienEstPubliqueEnLectureSeuleEtLaRevocationValeAussitot() throws Exception {
		var creation = mvc.perform(post("/positionnements/{id}/liens", positionnement).param("duree", "30")
			.with(csrf())
			.with(user(auteur.toString()))).andExpect(status().isFound()).andReturn();
		var adresse = (String) creation.getFlashMap().get("lienCree");
		var chemin = adresse.substring(adresse.indexOf("/partage/"));
		// Spring Session keeps the flash attributes: the next page, with the session's cookie, shows the link once.
		var cookies = creation.getResponse().getCookies();
		mvc.perform(get("/positionnements/{id}", positionnement).cookie(cookies).with(user(auteur.toString())))
			.andExpect(content().string(containsString(adresse)));
		mvc.perform(get("/positionnements/{id}", positionnement).cookie(cookies).with(user(auteur.toString())))
			.andExpect(content().string(not(containsString(chemin))));

		var page = mvc.perform(get(chemin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(contenu(page)).contains("Positionnement partagé", "Je peux le faire en autonomie".substring(0, 5))
			.doesNotContain("<form", "/terminer", "/perimetres/", "Alex Auteur");

		var lien = partages.partagesDe(auteur, positionnement).liens().get(0).id();
		mvc.perform(post("/positionnements/{id}/liens/{lien}/revoquer", positionnement, lien).with(csrf())
			.with(user(auteur.toString()))).andExpect(status().isFound());

		mvc.perform(get(chemin)).andExpect(status().isNotFound()).andExpect(content().string(containsString(LIEN_INTROUVABLE)));
	}

	@Test
	void unLienExpireOuInconnuRepondLeMeme404() throws Exception {
		var lien = partages.creerLien(auteur, positionnement, 7);
		jdbc.sql("update lien_de_partage set expire_le = ? where id = ?")
			.params(OffsetDateTime.now().minusSeconds(1), lien.id())
			.update();

		var expire = mvc.perform(get("/partage/{secret}", lien.secret()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString(LIEN_INTROUVABLE)))
			.andReturn();
		var inconnu = mvc.perform(get("/partage/{secret}", "pas-un-secret")).andExpect(status().isNotFound()).andReturn();
		assertThat(expire.getResponse().getContentAsString()).isEqualTo(inconnu.getResponse().getContentAsString());
	}

	@Test
	void laSyntheseDeLEquipeAttendCinqMembresEtNeMontreQueDesMoyennes() throws Exception {
		partages.partagerAvecStructure(auteur, positionnement, structure);
		for (int i = 1; i <= 3; i++) {
			partagerUnPositionnement(membre("Membre Numéro" + i));
		}
		mvc.perform(get("/structures/{id}/equipe", structure).with(user(gestionnaire.toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Moins de 5 personnes ont partagé un positionnement avec cette structure")))
			.andExpect(content().string(not(containsString("<table"))))
			.andExpect(content().string(not(containsString("4 "))));

		partagerUnPositionnement(membre("Membre Numéro4"));

		var page = mvc.perform(get("/structures/{id}/equipe", structure).with(user(gestionnaire.toString())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// M1 was rated by all five; M2 and the functions by nobody: no mean and no count for them
		assertThat(contenu(page)).contains("<td>2,2</td>", "<td>moins de 5 réponses</td>")
			.doesNotContain("Alex Auteur", "Membre Numéro", "<td>5</td>", "5 membres");
		mvc.perform(get("/structures/{id}/equipe", structure).with(user(auteur.toString()))).andExpect(status().isNotFound());
		mvc.perform(get("/structures/{id}/equipe", UUID.randomUUID()).with(user(gestionnaire.toString())))
			.andExpect(status().isNotFound());
	}

	private void partagerUnPositionnement(UUID membre) {
		var id = positionnements.commencer(membre, Set.of()).id();
		positionnements.evaluer(membre, id, Code.of("M1-C01"), 2);
		partages.partagerAvecStructure(membre, id, structure);
	}

	/** The page's main content, without the layout's search and logout forms. */
	private static String contenu(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	/** A member approved by the structure's manager. */
	private UUID membre(String nom) {
		var membre = compte(nom);
		var demande = structures.declarer(membre, TypeDeStructure.ASSOCIATION, "Association partagée", null, rna,
				RoleDansLaStructure.MEMBRE);
		structures.approuver(gestionnaire, demande.id(), null);
		return membre;
	}

	private UUID compte(String nom) {
		return comptes.creerConfirme("partage-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr", nom,
				Optional.empty(), Set.of()).id();
	}

}
