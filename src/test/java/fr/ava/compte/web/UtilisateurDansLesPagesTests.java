package fr.ava.compte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.ava.compte.Comptes;

@SpringBootTest
@AutoConfigureMockMvc
class UtilisateurDansLesPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Test
	void unePageDErreurGardeDansLEnTeteLaPersonneConnectee() throws Exception {
		var compte = comptes.creerConfirme("entete-" + UUID.randomUUID() + "@exemple.fr", "Ysé Connectée",
				Optional.empty(), Set.of());

		for (var requete : new MockHttpServletRequestBuilder[] { get("/referentiel/9.9"),
				post("/mon-compte/structures/{appartenance}/quitter", UUID.randomUUID()).with(csrf()) }) {
			var page = mvc.perform(requete.with(user(compte.id().toString())))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(page).contains("Page introuvable", "Mon compte <span class=\"nom\">(Ysé Connectée)</span>",
					"Se déconnecter")
				.doesNotContain("Se connecter<", "Créer un compte");
		}
	}

}
