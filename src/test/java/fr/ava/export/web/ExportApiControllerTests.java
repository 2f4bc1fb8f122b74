package fr.ava.export.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ExportApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void sertLeCsvCommeUnFichierNommeParSaVersionMemeDepuisLeCache() throws Exception {
		for (int fois = 0; fois < 2; fois++) {
			mvc.perform(get("/api/v1/versions/1.0/export.csv"))
				.andExpect(status().isOk())
				.andExpect(content().contentType("text/csv;charset=UTF-8"))
				.andExpect(header().string("Content-Disposition", containsString("referentiel-ava-1.0.csv")))
				.andExpect(content().string(containsString("FT01-C02;COMPETENCE;FT01;2;Rechercher des informations")));
		}
	}

	@Test
	void sertLeLivretPdf() throws Exception {
		var pdf = mvc.perform(get("/api/v1/versions/1.0/export.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("referentiel-ava-1.0.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void sertLeJsonCanonique() throws Exception {
		mvc.perform(get("/api/v1/versions/1.0/export.json"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("referentiel-ava-1.0.json")))
			.andExpect(jsonPath("$.version").value("1.0"))
			.andExpect(jsonPath("$.fonctions.specifiques[5].slug").value("plaidoyer"))
			.andExpect(jsonPath("$.valeurs[0].texte").value("Neutralité, non-ingérence, respect, éthique"))
			.andExpect(jsonPath("$.valeurs[0].titre").doesNotExist());
	}

	@Test
	void repondUn404EnFrancaisPourUnFormatOuUneVersionInconnus() throws Exception {
		mvc.perform(get("/api/v1/versions/1.0/export.docx"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Aucun export au format « docx ». Formats disponibles : pdf, csv, xlsx, json, case.json, moodle.csv, ttl, jsonld."));
		mvc.perform(get("/api/v1/versions/7.0/export.csv"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("« 7.0 »")));
	}

	@Test
	void listeLesFichiersAvecLeurTailleSurLaPageTelecharger() throws Exception {
		mvc.perform(get("/referentiel/1.0/telecharger"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/api/v1/versions/1.0/export.csv\"")))
			.andExpect(content().string(containsString(" Ko)")));
		mvc.perform(get("/referentiel/telecharger"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/referentiel/1.0/telecharger"));
	}

}
