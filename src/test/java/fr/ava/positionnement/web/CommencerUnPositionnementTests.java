package fr.ava.positionnement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import fr.ava.compte.Comptes;
import fr.ava.positionnement.Positionnements;

@SpringBootTest
@AutoConfigureMockMvc
class CommencerUnPositionnementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	Positionnements positionnements;

	@ParameterizedTest
	@ValueSource(strings = { "abc", "ft01", "ab-cd", "", "FT99", "FT01-C01" })
	void unPerimetreQuiNEstNiMissionNiFonctionEstRefuseSansRienCommencer(String perimetre) throws Exception {
		var compte = comptes.creerConfirme("perimetre." + UUID.randomUUID() + "@exemple.fr", "Lou Martin",
				Optional.empty(), Set.of());

		var page = mvc.perform(post("/positionnements").param("perimetre", "FT01", perimetre)
			.with(csrf())
			.with(user(compte.id().toString()))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(HtmlUtils.htmlUnescape(page)).contains("« " + perimetre + " » n'est ni une mission ni une fonction");
		assertThat(positionnements.tousDe(compte.id())).isEmpty();
	}

}
