package fr.ava.export.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.ava.compte.Comptes;
import fr.ava.export.ExportCase;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiels;
import fr.ava.referentiel.ReferentielsPublies;
import fr.ava.socle.AdressePublique;

/** The CASE 1.1 API alone: the real CASE export of the canonical version. */
@WebMvcTest(CaseApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ ExportCase.class, Permaliens.class })
@EnableConfigurationProperties(AdressePublique.class)
class CaseApiControllerTests {

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

	@Autowired
	ExportCase exportCase;

	@Test
	void sertLesDocumentsPaquetsItemsEtAssociationsParIdentifiant() throws Exception {
		var paquet = exportCase.paquet(referentiels.dernierePubliee());
		var document = paquet.CFDocument().identifier();
		var item = paquet.CFItems().stream().filter(i -> i.humanCodingScheme().equals("FS06-C02")).findFirst().orElseThrow();
		var association = paquet.CFAssociations().get(0).identifier();

		mvc.perform(get("/ims/case/v1p1/CFDocuments"))
			.andExpect(jsonPath("$.CFDocuments[0].identifier").value(document));
		mvc.perform(get("/ims/case/v1p1/CFDocuments/" + document)).andExpect(jsonPath("$.version").value("1.0"));
		mvc.perform(get("/ims/case/v1p1/CFPackages/" + document))
			.andExpect(jsonPath("$.CFItems.length()").value(paquet.CFItems().size()));
		mvc.perform(get("/ims/case/v1p1/CFItems/" + item.identifier()))
			.andExpect(jsonPath("$.fullStatement").value("Savoir argumenter et convaincre"));
		mvc.perform(get("/ims/case/v1p1/CFAssociations/" + association))
			.andExpect(jsonPath("$.associationType").value("isChildOf"));
	}

	@Test
	void repondUn404EnFrancaisPourUnIdentifiantInconnu() throws Exception {
		var inconnu = UUID.randomUUID().toString();
		mvc.perform(get("/ims/case/v1p1/CFItems/" + inconnu))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("Aucun objet CFItem d'identifiant « " + inconnu)));
		mvc.perform(get("/ims/case/v1p1/CFPackages/" + ExportCase.identifiantDElement(Code.of("M1"))))
			.andExpect(status().isNotFound());
	}

}
