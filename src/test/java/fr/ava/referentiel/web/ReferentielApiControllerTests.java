package fr.ava.referentiel.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.ava.compte.Comptes;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiels;
import fr.ava.referentiel.ReferentielsPublies;

/** The API of the published versions alone, on the canonical version. */
@WebMvcTest(ReferentielApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Permaliens.class)
class ReferentielApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	Referentiels referentiels;

	@MockitoBean
	Comptes comptes;

	@BeforeEach
	void publierLaVersionCanonique() {
		ReferentielsPublies.seulementLaVersionCanonique(referentiels);
	}

	@Test
	void listeLesVersionsPubliees() throws Exception {
		mvc.perform(get("/api/v1/versions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].numero").value("1.0"))
			.andExpect(jsonPath("$[0].statut").value("PUBLIEE"))
			.andExpect(jsonPath("$[0].api").value("/api/v1/versions/1.0"));
	}

	@Test
	void unFormatQueLApiNOffrePasRecoitUn406QuiEcritLesFormatsOfferts() throws Exception {
		mvc.perform(get("/api/v1/versions").header("Accept", "text/html"))
			.andExpect(status().isNotAcceptable())
			.andExpect(jsonPath("$.detail").value(containsString("formats disponibles : application/json")))
			.andExpect(jsonPath("$.detail").value(not(containsString("["))));
	}

	@Test
	void sertLArbreCompletDUneVersion() throws Exception {
		mvc.perform(get("/api/v1/versions/1.0"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value("1.0"))
			.andExpect(jsonPath("$.definition.citation.source").value(containsString("ETRES")))
			.andExpect(jsonPath("$.missions.length()").value(3))
			.andExpect(jsonPath("$.missions[0].competences[0].code").value("M1-C01"))
			.andExpect(jsonPath("$.missions[0].competences[0].texte").value("Aller vers"))
			.andExpect(jsonPath("$.fonctions.transversales.length()").value(10))
			.andExpect(jsonPath("$.fonctions.specifiques.length()").value(7))
			.andExpect(jsonPath("$.fonctions.transversales[0].page").value("/referentiel/1.0/fonctions/veille"))
			.andExpect(jsonPath("$.valeurs.length()").value(26))
			.andExpect(jsonPath("$.groupesDeMissions[0].missions[1]").value("M2"));
		mvc.perform(get("/api/v1/versions/derniere")).andExpect(jsonPath("$.version").value("1.0"));
	}

	@Test
	void sertNImporteQuelElementParSonCode() throws Exception {
		mvc.perform(get("/api/v1/versions/1.0/elements/FT01-C02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.texte").value("Rechercher des informations"))
			.andExpect(jsonPath("$.nature").value("COMPETENCE"))
			.andExpect(jsonPath("$.parent").value("FT01"))
			.andExpect(jsonPath("$.perimetre").value("FT01"))
			.andExpect(jsonPath("$.page").value("/referentiel/1.0/elements/FT01-C02"));
		mvc.perform(get("/api/v1/versions/1.0/elements/M1"))
			.andExpect(jsonPath("$.titre").value("Accompagnement organisationnel"))
			.andExpect(jsonPath("$.parent").value("G1"))
			.andExpect(jsonPath("$.enfants[0]").value("M1-D1"));
	}

	@Test
	void repondUn404EnProblemDetailPourUneVersionOuUnCodeInconnus() throws Exception {
		mvc.perform(get("/api/v1/versions/2.0"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Aucune version publiée du référentiel ne porte le numéro « 2.0 »."));
		mvc.perform(get("/api/v1/versions/1.0/elements/FT99-C01"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Aucun élément « FT99-C01 » dans la version 1.0 du référentiel."));
		mvc.perform(get("/api/v1/nulle-part"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Cette adresse de l'API n'existe pas")));
	}

	@Test
	void repondUn400EnProblemDetailPourDesParametresMalFormes() throws Exception {
		mvc.perform(get("/api/v1/versions/un-point-zero"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Requête invalide"))
			.andExpect(jsonPath("$.detail").value(containsString("n'est pas un numéro de version")));
		mvc.perform(get("/api/v1/versions/1.0/elements/ft01-c02"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("n'est pas un code d'élément")));
	}

}
