package fr.ava.compte.web;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import fr.ava.compte.SaisieRefusee;
import fr.ava.referentiel.Permaliens;

/** Sign-up alone: the form, its field errors and what it asks of the accounts. */
@WebMvcTest(InscriptionController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Permaliens.class)
class InscriptionControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Comptes comptes;

	@Test
	void afficheUnFormulaireVide() throws Exception {
		mvc.perform(get("/inscription"))
			.andExpect(status().isOk())
			.andExpect(view().name("compte/inscription"))
			.andExpect(model().attributeExists("inscription"));
	}

	@Test
	void inscritPuisMeneALaPageDuCourrielEnvoye() throws Exception {
		mvc.perform(inscription("camille@exemple.fr", "Camille", "un mot de passe sûr", "un mot de passe sûr"))
			.andExpect(redirectedUrl("/inscription/envoyee"));

		then(comptes).should().inscrire("camille@exemple.fr", "Camille", "un mot de passe sûr");
	}

	@Test
	void renvoieLeFormulaireAvecUneErreurParChampManquantSansRienInscrire() throws Exception {
		mvc.perform(inscription("pas une adresse", "", "", ""))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("compte/inscription"))
			.andExpect(model().attributeHasFieldErrorCode("inscription", "email", "Email"))
			.andExpect(model().attributeHasFieldErrorCode("inscription", "nomAffiche", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("inscription", "motDePasse", "NotBlank"));

		then(comptes).should(never()).inscrire(anyString(), anyString(), anyString());
	}

	@Test
	void refuseDeuxMotsDePasseDifferents() throws Exception {
		mvc.perform(inscription("camille@exemple.fr", "Camille", "un mot de passe sûr", "un autre"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("inscription", "confirmation", "compte.mot-de-passe.different"));

		then(comptes).should(never()).inscrire(anyString(), anyString(), anyString());
	}

	@Test
	void metLeRefusDesComptesSurLeChampQuIlNomme() throws Exception {
		willThrow(new SaisieRefusee("motDePasse", "compte.mot-de-passe.court", 12)).given(comptes)
			.inscrire(anyString(), anyString(), anyString());

		mvc.perform(inscription("camille@exemple.fr", "Camille", "court", "court"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("compte/inscription"))
			.andExpect(model().attributeHasFieldErrorCode("inscription", "motDePasse", "compte.mot-de-passe.court"));
	}

	@Test
	void confirmeLAdresseParLeBoutonDuLienPuisMeneALaConnexion() throws Exception {
		mvc.perform(get("/inscription/confirmation").param("jeton", "abc"))
			.andExpect(view().name("compte/confirmation"))
			.andExpect(model().attribute("jeton", "abc"));
		then(comptes).should(never()).confirmerInscription(anyString());

		mvc.perform(post("/inscription/confirmation").param("jeton", "abc")).andExpect(redirectedUrl("/connexion?confirme"));
		then(comptes).should().confirmerInscription("abc");
	}

	private static MockHttpServletRequestBuilder inscription(String email, String nom, String motDePasse,
			String confirmation) {
		return post("/inscription").param("email", email)
			.param("nomAffiche", nom)
			.param("motDePasse", motDePasse)
			.param("confirmation", confirmation);
	}

}
