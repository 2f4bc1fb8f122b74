package fr.ava.export.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DonneesLieesControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void donneLeRdfDUnElementAuPermalienSelonLEnTeteAccept() throws Exception {
		mvc.perform(get("/referentiel/1.0/elements/FT01-C02").header("Accept", "text/turtle"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/turtle"))
			.andExpect(content().string(containsString("skos:prefLabel \"Rechercher des informations\"@fr")))
			.andExpect(content().string(containsString("skos:broader <http://localhost:8080/referentiel/1.0/fonctions/veille>")));
		mvc.perform(get("/referentiel/1.0/fonctions/veille").header("Accept", "application/ld+json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(content().string(containsString("\"@id\": \"http://localhost:8080/referentiel/1.0/fonctions/veille\"")));
	}

	@Test
	void donneToujoursLaPageAuxNavigateurs() throws Exception {
		mvc.perform(get("/referentiel/1.0/missions/projet-de-territoire")
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
	}

	@Test
	void repondUn406AvecLesFormatsDisponiblesQuandAucunNeConvient() throws Exception {
		mvc.perform(get("/referentiel/1.0/fonctions/veille").header("Accept", "application/pdf"))
			.andExpect(status().isNotAcceptable())
			.andExpect(jsonPath("$.detail").value(containsString("text/turtle")))
			.andExpect(jsonPath("$.detail").value(containsString("text/html")));
	}

}
