package fr.ava.socle.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document describes the API of every module: it needs the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentationApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void publieUnDocumentOpenApiEtSonInterface() throws Exception {
		mvc.perform(get("/api/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(containsString("3.")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/versions/{version}/elements/{code}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/recherche")));
		mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
	}

}
