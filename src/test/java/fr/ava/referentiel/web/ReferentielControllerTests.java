package fr.ava.referentiel.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fr.ava.compte.Comptes;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiels;
import fr.ava.referentiel.ReferentielsPublies;

/** The pages of a version alone, read by anyone: who may see them is the authorisation matrix's business. */
@WebMvcTest(ReferentielController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Permaliens.class)
class ReferentielControllerTests {

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
	void afficheEnAccueilLaDefinitionLesMissionsEtLeTableauDesFonctions() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("referentiel/accueil"))
			.andExpect(content().string(containsString("Définition du métier")))
			.andExpect(content().string(containsString("Orane Bischoff et Sara Velasquez")))
			.andExpect(content().string(containsString("Accompagnateur.trice Vie Associative")))
			.andExpect(content().string(containsString("href=\"/referentiel/1.0/fonctions/plaidoyer\"")));
	}

	@Test
	void afficheUneFonctionAvecSaDescriptionSesCompetencesEtSesActivites() throws Exception {
		mvc.perform(get("/referentiel/1.0/fonctions/veille"))
			.andExpect(status().isOk())
			.andExpect(view().name("referentiel/perimetre"))
			.andExpect(model().attributeExists("perimetre"))
			.andExpect(content().string(containsString("<h1>Veille</h1>")))
			.andExpect(content().string(containsString("Veille : AO, réglementation sur la vie associative")))
			.andExpect(content().string(containsString("Rechercher des informations")))
			.andExpect(content().string(containsString("participer aux temps de réflexion et d&#39;échanges")))
			.andExpect(content().string(containsString("aria-current=\"page\"")));
	}

	@Test
	void afficheUneMissionAvecSonRattachement() throws Exception {
		mvc.perform(get("/referentiel/1.0/missions/projet-de-territoire"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Fonction rattachée au métier de développement territorial / local")))
			.andExpect(content().string(containsString("Réaliser un diagnostic territorial participatif")));
	}

	@Test
	void meneDuCodeDUneFonctionASaPageNommee() throws Exception {
		mvc.perform(get("/referentiel/1.0/fonctions/FT01")).andExpect(redirectedUrl("/referentiel/1.0/fonctions/veille"));
		mvc.perform(get("/referentiel/1.0/elements/M2"))
			.andExpect(redirectedUrl("/referentiel/1.0/missions/accompagnement-inter-associatif"));
	}

	@Test
	void meneLesAdressesSansVersionALaDernierePubliee() throws Exception {
		mvc.perform(get("/referentiel")).andExpect(redirectedUrl("/referentiel/1.0"));
		mvc.perform(get("/referentiel/fonctions/veille")).andExpect(redirectedUrl("/referentiel/1.0/fonctions/veille"));
		mvc.perform(get("/referentiel/competences").param("perimetre", "FT02"))
			.andExpect(redirectedUrl("/referentiel/1.0/competences?perimetre=FT02"));
	}

	@Test
	void filtreLIndexDesCompetencesParMissionOuFonction() throws Exception {
		mvc.perform(get("/referentiel/1.0/competences").param("perimetre", "FT02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Identifier un besoin")))
			.andExpect(content().string(not(containsString("Aller vers"))));
		mvc.perform(get("/referentiel/1.0/activites"))
			.andExpect(content().string(containsString("hébergement de domiciliation")))
			.andExpect(content().string(containsString("Organiser des festivals, des forums")));
	}

	@Test
	void afficheLesValeursEtLeContexte() throws Exception {
		mvc.perform(get("/referentiel/1.0/valeurs")).andExpect(content().string(containsString("Ouverture d&#39;esprit")));
		mvc.perform(get("/referentiel/1.0/contexte"))
			.andExpect(content().string(containsString("pour un total de 63 personnes")))
			.andExpect(content().string(containsString("Maillage territorial")));
	}

	@Test
	void donneAChaqueElementUnePagePermanente() throws Exception {
		mvc.perform(get("/referentiel/1.0/elements/FT01-C02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Rechercher des informations</h1>")))
			.andExpect(content().string(containsString("href=\"/referentiel/1.0/fonctions/veille\"")))
			.andExpect(content().string(containsString("/referentiel/1.0/elements/FT01-C02")));
	}

	@Test
	void repondUnePage404EnFrancaisPourUnElementOuUneVersionInconnus() throws Exception {
		mvc.perform(get("/referentiel/1.0/fonctions/inconnue"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Aucun élément « inconnue » dans la version 1.0")));
		mvc.perform(get("/referentiel/1.0/elements/<b>x</b>"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("<b>x</b>"))));
		mvc.perform(get("/referentiel/9.9"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Aucune version publiée du référentiel ne porte le numéro « 9.9 »")));
	}

}
