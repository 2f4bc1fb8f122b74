package fr.ava.fichedeposte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isA;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import fr.ava.referentiel.Referentiels;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class AnalyseApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Referentiels referentiels;

	@Test
	void chaqueMissionEtFonctionARenduSonCodeSonLibelleExactSaPresenceSonScoreEtSesPreuves() throws Exception {
		var json = mvc.perform(post("/api/v1/analyses").contentType(MediaType.APPLICATION_JSON)
			.content(JsonMapper.shared().writeValueAsString(Map.of("texte", AnalyseControllerTests.FICHE))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value("1.0"))
			.andExpect(jsonPath("$.missions", hasSize(3)))
			.andExpect(jsonPath("$.fonctions", hasSize(17)))
			.andExpect(jsonPath("$.fonctions[*].present", everyItem(isA(Boolean.class))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		var referentiel = referentiels.publiee("1.0");
		List<String> libellesDesFonctions = JsonPath.read(json, "$.fonctions[*].libelle");
		assertThat(libellesDesFonctions).containsExactlyElementsOf(referentiel.fonctions().stream().map(f -> f.libelle()).toList());
		List<String> libellesDesMissions = JsonPath.read(json, "$.missions[*].libelle");
		assertThat(libellesDesMissions).containsExactlyElementsOf(referentiel.missions().stream().map(m -> m.libelle()).toList());
		List<Boolean> gestion = JsonPath.read(json, "$.fonctions[?(@.code == 'FS01')].present");
		assertThat(gestion).containsExactly(true);
		List<String> phrases = JsonPath.read(json, "$.fonctions[?(@.code == 'FS01')].preuves[*].phrase");
		assertThat(phrases).anySatisfy(phrase -> assertThat(phrase).contains("subvention"));
		List<String> codes = JsonPath.read(json, "$.fonctions[?(@.code == 'FS01')].preuves[*].codes[*]");
		assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("FS01-"));
		List<Double> scores = JsonPath.read(json, "$..score");
		assertThat(scores).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
	}

	@Test
	void unFichierEnvoyeDansLeChampFichierEstAnalyseSansJetonNiSession() throws Exception {
		var fichier = new MockMultipartFile("fichier", "fiche.txt", "text/plain",
				AnalyseControllerTests.FICHE.getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/api/v1/analyses").file(fichier))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("fiche.txt"))
			.andExpect(jsonPath("$.fonctions[?(@.code == 'FS01')].present").value(true));
	}

	@Test
	void unTexteVideEstRefuseEn422EnFrancais() throws Exception {
		mvc.perform(post("/api/v1/analyses").contentType(MediaType.APPLICATION_JSON).content("{\"texte\": \"  \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("La fiche de poste est vide")));
		mvc.perform(post("/api/v1/analyses").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void unJsonIllisibleEstRefuseEn400EnFrancais() throws Exception {
		mvc.perform(post("/api/v1/analyses").contentType(MediaType.APPLICATION_JSON).content("{\"texte\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Le corps de la requête n'est pas un JSON lisible."));
		mvc.perform(post("/api/v1/analyses").contentType(MediaType.APPLICATION_JSON).content("{\"texte\": 12}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Le champ « texte » doit être une chaîne de caractères."));
	}

	@Test
	void niFichierNiJsonDonneUn415QuiDitQuoiEnvoyer() throws Exception {
		mvc.perform(post("/api/v1/analyses").contentType(MediaType.TEXT_PLAIN).content("du texte"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("champ « fichier »")));
	}

	@Test
	void unFormulaireSansLeChampFichierEstRefuseEn400() throws Exception {
		var autre = new MockMultipartFile("document", "fiche.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/api/v1/analyses").file(autre))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("fichier")));
	}

}
