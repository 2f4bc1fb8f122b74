package fr.ava.positionnement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import fr.ava.compte.Comptes;
import fr.ava.positionnement.Partages;
import fr.ava.positionnement.Positionnements;
import fr.ava.referentiel.Code;

/** Finishing after a confirmation step, naming and deleting a self-assessment, through its pages. */
@SpringBootTest
@AutoConfigureMockMvc
class TerminerNommerEtSupprimerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	Positionnements positionnements;

	@Autowired
	Partages partages;

	UUID auteur;

	UUID id;

	@BeforeEach
	void unPositionnementSurLaVeille() {
		auteur = comptes.creerConfirme("terminer." + UUID.randomUUID() + "@exemple.fr", "Lou Martin", Optional.empty(),
				Set.of()).id();
		id = positionnements.commencer(auteur, Set.of(Code.of("FT01"))).id();
	}

	@Test
	void unPositionnementVideNePeutPasEtreTermineEtRienNeChange() throws Exception {
		var confirmation = contenu(demande(get("/positionnements/{id}/terminer", id)).andExpect(status().isOk()));
		assertThat(confirmation).contains("Ce positionnement est vide : répondez au moins à une question (une compétence, une activité ou une valeur) avant de le terminer.")
			.doesNotContain("action=\"/positionnements/" + id + "/terminer\"");

		var refus = contenu(demande(post("/positionnements/{id}/terminer", id)).andExpect(status().isConflict()));
		assertThat(refus).contains("Ce positionnement est vide : répondez au moins à une question (une compétence, une activité ou une valeur) avant de le terminer. Rien n'a changé.");
		assertThat(positionnements.de(auteur, id).estTermine()).isFalse();
	}

	@Test
	void laConfirmationListeCeQuiResteSansReponseAvantDeTerminer() throws Exception {
		positionnements.evaluer(auteur, id, Code.of("FT01-C01"), 3);

		var page = contenu(demande(get("/positionnements/{id}/terminer", id)).andExpect(status().isOk())
			.andExpect(view().name("positionnement/terminer")));

		assertThat(page).contains("Terminer mon positionnement ?", "Encore sans réponse",
				"href=\"/positionnements/" + id + "/perimetres/FT01\">Veille</a>", "3 compétences sans réponse",
				"Rechercher des informations", "action=\"/positionnements/" + id + "/terminer\"", "Continuer à répondre")
			.doesNotContain("S'auto-former en se renseignant");
		assertThat(positionnements.de(auteur, id).estTermine()).as("la page de confirmation ne termine rien").isFalse();

		demande(post("/positionnements/{id}/terminer", id)).andExpect(redirectedUrl("/positionnements/" + id + "/resultats"));
		assertThat(positionnements.de(auteur, id).estTermine()).isTrue();
		demande(get("/positionnements/{id}/terminer", id)).andExpect(redirectedUrl("/positionnements/" + id + "/resultats"));
	}

	@Test
	void lApercuNeTerminePlusEnUnClicMaisMeneALaConfirmation() throws Exception {
		var apercu = contenu(demande(get("/positionnements/{id}", id)).andExpect(status().isOk()));

		assertThat(apercu).contains("href=\"/positionnements/" + id + "/terminer\">Terminer…</a>")
			.doesNotContain("action=\"/positionnements/" + id + "/terminer\"");
	}

	@Test
	void unNomDonneAuDebutOuEnsuiteNommeLePositionnementDansLesPagesEtLeRapport() throws Exception {
		demande(post("/positionnements").param("perimetre", "FT02").param("nom", " Bilan de mi-année ")).andExpect(status().isFound());
		var nomme = positionnements.tousDe(auteur).get(0);
		assertThat(nomme.nom()).isEqualTo("Bilan de mi-année");

		demande(post("/positionnements/{id}/nom", id).param("nom", "Avant l'entretien 2026"))
			.andExpect(redirectedUrl("/positionnements/" + id))
			.andExpect(flash().attribute("succes", "Le positionnement est renommé."));
		assertThat(contenu(demande(get("/positionnements")))).contains("<th scope=\"row\">Avant l'entretien 2026</th>",
				"<th scope=\"row\">Bilan de mi-année</th>");
		positionnements.evaluer(auteur, id, Code.of("FT01-C01"), 3);
		positionnements.terminer(auteur, id);
		assertThat(contenu(demande(get("/positionnements/{id}/resultats", id)))).contains(">Avant l'entretien 2026</a>");
		demande(get("/positionnements/{id}/rapport.pdf", id).param("inclure", "profil")).andExpect(status().isOk());
	}

	@Test
	void unNomTapeSurDeuxLignesEstGardeSurUneLigne() throws Exception {
		positionnements.nommer(auteur, id, "Premier nom");

		// The form's text is cleaned at the door (socle): the break becomes a space; the module's own
		// rule, which refuses it from any other caller, is tested in PositionnementsTests.
		demande(post("/positionnements/{id}/nom", id).param("nom", "Deux\nlignes\u0000")).andExpect(status().isFound());

		assertThat(positionnements.de(auteur, id).nom()).isEqualTo("Deux lignes");
	}

	@Test
	void laSuppressionDemandeConfirmationPuisEfficeLePositionnementSesPartagesEtSesDonnees() throws Exception {
		positionnements.nommer(auteur, id, "À effacer");
		var lien = partages.creerLien(auteur, id, 30);

		var confirmation = contenu(demande(get("/positionnements/{id}/suppression", id)).andExpect(status().isOk()));
		assertThat(confirmation).contains("Supprimer ce positionnement ?", "« À effacer » sera effacé",
				"Son lien de partage cessera de fonctionner.", "Il n'est partagé avec aucune structure.",
				"Supprimer définitivement");
		assertThat(positionnements.tousDe(auteur)).hasSize(1);

		demande(post("/positionnements/{id}/suppression", id)).andExpect(redirectedUrl("/positionnements"))
			.andExpect(flash().attribute("succes", "« À effacer » est supprimé, avec ses partages et ses liens."));

		assertThat(positionnements.tousDe(auteur)).isEmpty();
		mvc.perform(get("/partage/{secret}", lien.secret())).andExpect(status().isNotFound());
		demande(get("/positionnements/{id}/rapport.pdf", id).param("inclure", "profil")).andExpect(status().isNotFound());
		demande(get("/mes-donnees/export.json")).andExpect(status().isOk()).andExpect(jsonPath("$.positionnements").isEmpty());
		demande(post("/positionnements/{id}/suppression", id)).andExpect(status().isNotFound());
	}

	private ResultActions demande(MockHttpServletRequestBuilder requete) throws Exception {
		return mvc.perform(requete.with(csrf()).with(user(auteur.toString())));
	}

	private static String contenu(ResultActions reponse) throws Exception {
		return HtmlUtils.htmlUnescape(reponse.andReturn().getResponse().getContentAsString());
	}

}
