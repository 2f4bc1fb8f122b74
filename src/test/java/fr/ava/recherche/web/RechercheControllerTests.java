package fr.ava.recherche.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RechercheControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void sertLaPageEntiereSansJavaScript() throws Exception {
		mvc.perform(get("/recherche").param("q", "subventions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("<label for=\"q\">")))
			.andExpect(content().string(containsString("<mark>subvention</mark>")))
			.andExpect(content().string(containsString("href=\"/referentiel/1.0/elements/FS01-D1\"")));
	}

	@Test
	void sertSeulementLesResultatsAHtmx() throws Exception {
		mvc.perform(get("/recherche").param("q", "subventions").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("id=\"resultats\"")))
			.andExpect(content().string(containsString("<mark>subvention</mark>")))
			.andExpect(content().string(containsString("hx-swap-oob=\"innerHTML\"")));
	}

	@Test
	void neRenvoiePasLeBalisageDUneRequete() throws Exception {
		mvc.perform(get("/recherche").param("q", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void raccourcitUneRequeteTropLongueEnLeDisant() throws Exception {
		mvc.perform(get("/recherche").param("q", "a".repeat(2000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Votre recherche a été raccourcie à 200 caractères")));
	}

	@Test
	void chercheParLApiAvecDesErreursEnFrancais() throws Exception {
		mvc.perform(get("/api/v1/recherche").param("q", "benevole"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value("1.0"))
			.andExpect(jsonPath("$.groupes[0].resultats[0].lien").value(containsString("/referentiel/1.0/")));
		mvc.perform(get("/api/v1/recherche"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Le paramètre « q » est obligatoire."));
		mvc.perform(get("/api/v1/recherche").param("q", "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("La recherche est trop longue : 200 caractères au plus."));
		mvc.perform(get("/api/v1/recherche").param("q", "veille").param("limite", "beaucoup"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("La valeur « beaucoup » ne convient pas au paramètre « limite »."));
		mvc.perform(get("/api/v1/recherche").param("q", "veille").param("limite", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("entre 1 et 200")));
	}

	@ParameterizedTest
	@CsvSource({ "FT01-C02, /referentiel/1.0/elements/FT01-C02", "ft01-c02, /referentiel/1.0/elements/FT01-C02",
			"ft01, /referentiel/1.0/fonctions/veille", "m1, /referentiel/1.0/missions/accompagnement-organisationnel",
			"FS03-A01, /referentiel/1.0/elements/FS03-A01" })
	void meneALaPageDeLElementDontOnTapeLeCode(String code, String page) throws Exception {
		mvc.perform(get("/recherche").param("q", code))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(page));
	}

	@Test
	void montreAHtmxLElementDontOnTapeLeCodeAvecUnLienPourYAller() throws Exception {
		mvc.perform(get("/recherche").param("q", "ft01-c02").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/referentiel/1.0/elements/FT01-C02\">Aller à FT01-C02</a>")))
			.andExpect(content().string(containsString("<span class=\"code\">FT01-C02</span>")));
	}

	@Test
	void chercheUnCodeInconnuCommeDesMots() throws Exception {
		mvc.perform(get("/recherche").param("q", "FT99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucun résultat</span>")))
			.andExpect(content().string(not(containsString("Vouliez-vous dire"))));
	}

	@Test
	void proposeLesMotsProchesQuandRienNeRepond() throws Exception {
		mvc.perform(get("/recherche").param("q", "subvantion"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aucun résultat</span>")))
			.andExpect(content().string(containsString("Vouliez-vous dire :")))
			.andExpect(content().string(containsString("<a href=\"/recherche?q=subvention&amp;version=1.0\">subvention</a>")));
		mvc.perform(get("/recherche").param("q", "benevols").header("HX-Request", "true"))
			.andExpect(content().string(containsString(">bénévoles</a>")));
	}

	@Test
	void donneParLApiLElementDuCodeEnPremierEtLesSuggestions() throws Exception {
		mvc.perform(get("/api/v1/recherche").param("q", "ft01-c02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.element.code").value("FT01-C02"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.groupes[0].resultats[0].code").value("FT01-C02"));
		mvc.perform(get("/api/v1/recherche").param("q", "subvantion"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suggestions[0]").value("subvention"));
	}

}
