package fr.ava.compte.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.ava.compte.Comptes;
import fr.ava.referentiel.Permaliens;

/** The forgotten password alone: the request of a link, then the new password, with their field errors. */
@WebMvcTest(MotDePasseOublieController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Permaliens.class)
class MotDePasseOublieControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Comptes comptes;

	@Test
	void demandeUnLienPuisDitLaMemeChoseQueLAdresseAitUnCompteOuNon() throws Exception {
		mvc.perform(get("/mot-de-passe-oublie"))
			.andExpect(view().name("compte/mot-de-passe-oublie"))
			.andExpect(model().attributeExists("demande"));

		mvc.perform(post("/mot-de-passe-oublie").param("email", "camille@exemple.fr"))
			.andExpect(redirectedUrl("/mot-de-passe-oublie/envoye"));
		then(comptes).should().demanderReinitialisation("camille@exemple.fr");
	}

	@Test
	void renvoieLaDemandeAvecSonErreurQuandLAdresseNEnEstPasUne() throws Exception {
		mvc.perform(post("/mot-de-passe-oublie").param("email", "pas une adresse"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("compte/mot-de-passe-oublie"))
			.andExpect(model().attributeHasFieldErrorCode("demande", "email", "Email"));
		then(comptes).should(never()).demanderReinitialisation(anyString());
	}

	@Test
	void refuseEnFrancaisUnLienQuiNeVautPlus() throws Exception {
		given(comptes.lienDeReinitialisationValide("perime")).willReturn(false);

		mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", "perime"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("il a déjà servi ou il a expiré")));
	}

	@Test
	void changeLeMotDePasseQuandLesDeuxSaisiesConcordent() throws Exception {
		given(comptes.lienDeReinitialisationValide("valable")).willReturn(true);
		mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", "valable"))
			.andExpect(view().name("compte/nouveau-mot-de-passe"))
			.andExpect(model().attributeExists("nouveau"));

		mvc.perform(nouveau("valable", "un mot de passe sûr", "un autre"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("nouveau", "confirmation", "compte.mot-de-passe.different"));
		then(comptes).should(never()).reinitialiser(anyString(), anyString());

		mvc.perform(nouveau("valable", "un mot de passe sûr", "un mot de passe sûr"))
			.andExpect(redirectedUrl("/connexion?reinitialise"));
		then(comptes).should().reinitialiser("valable", "un mot de passe sûr");
	}

	private static MockHttpServletRequestBuilder nouveau(String jeton, String motDePasse,
			String confirmation) {
		return post("/mot-de-passe-oublie/nouveau").param("jeton", jeton)
			.param("motDePasse", motDePasse)
			.param("confirmation", confirmation);
	}

}
