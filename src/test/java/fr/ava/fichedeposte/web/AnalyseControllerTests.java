package fr.ava.fichedeposte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import fr.ava.compte.Comptes;
import fr.ava.compte.DonneesPersonnelles;
import fr.ava.fichedeposte.AnalysesEnregistrees;
import fr.ava.fichedeposte.FichesDExemple;

@SpringBootTest
@AutoConfigureMockMvc
class AnalyseControllerTests {

	static final String FICHE = FichesDExemple.SUBVENTIONS;

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	AnalysesEnregistrees enregistrees;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<DonneesPersonnelles> donnees;

	UUID camille;

	UUID dominique;

	@BeforeEach
	void deuxPersonnes() {
		camille = compte("Camille");
		dominique = compte("Dominique");
	}

	@Test
	void unTexteColleEstAnalyseSurPlaceEtRienNEstGarde() throws Exception {
		long avant = analysesEnBase();

		var page = mvc.perform(post("/fiches-de-poste/analyse").param("texte", FICHE).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Accompagnement organisationnel", "Gestion administrative et financière",
				"Sans aucune preuve dans le texte", "connectez-vous", "/fiches-de-poste/nouvelle?codes=")
			.doesNotContain("Enregistrer l'analyse");
		assertThat(analysesEnBase()).isEqualTo(avant);
	}

	@Test
	void unFichierTexteEnvoyeParLeFormulaireEstAnalyseAvecSonNom() throws Exception {
		var fichier = new MockMultipartFile("fichier", "fiche-mairie.txt", "text/plain", FICHE.getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/fiches-de-poste/analyse").file(fichier).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fiche-mairie.txt")))
			.andExpect(content().string(containsString("<mark id=\"phrase-")));
	}

	@Test
	void unTexteVideRedonneLeFormulaireAvecUnMessageEnFrancais() throws Exception {
		mvc.perform(post("/fiches-de-poste/analyse").param("texte", "   \n ").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("La fiche de poste est vide")))
			.andExpect(content().string(containsString("<textarea")));
	}

	@Test
	void unTexteTropLongEstRefuseEn413EtLeTexteResteDansLeFormulaire() throws Exception {
		var long_ = "Accueil des associations. ".repeat(6_000);

		mvc.perform(post("/fiches-de-poste/analyse").param("texte", long_).with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().string(containsString("Le texte est trop long")));
	}

	@Test
	void duScriptDansLeTexteEstMontreCommeDuTexte() throws Exception {
		mvc.perform(post("/fiches-de-poste/analyse").param("texte", "<script>alert('x')</script>\n" + FICHE).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void uneAnalyseEnregistreeSeRouvreSeListeEtSeSupprimePourSonSeulAuteur() throws Exception {
		var cree = mvc.perform(post("/fiches-de-poste/analyses").param("nom", "Mairie de Saint-Lô")
			.param("texte", FICHE)
			.with(csrf())
			.with(user(camille.toString())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/fiches-de-poste/analyses/*"))
			.andReturn();
		var adresse = cree.getResponse().getRedirectedUrl();
		var id = UUID.fromString(adresse.substring(adresse.lastIndexOf('/') + 1));

		mvc.perform(get(adresse).with(user(camille.toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mairie de Saint-Lô")))
			.andExpect(content().string(containsString("Gestion administrative et financière")));
		mvc.perform(get("/fiches-de-poste/analyses").with(user(camille.toString())))
			.andExpect(content().string(containsString("Mairie de Saint-Lô")));

		mvc.perform(get(adresse).with(user(dominique.toString()))).andExpect(status().isNotFound());
		mvc.perform(get("/fiches-de-poste/analyses").with(user(dominique.toString())))
			.andExpect(content().string(not(containsString("Mairie de Saint-Lô"))));
		mvc.perform(post(adresse + "/suppression").with(csrf()).with(user(dominique.toString())))
			.andExpect(status().isNotFound());
		assertThat(enregistrees.toutesDe(camille)).extracting(a -> a.id()).containsExactly(id);

		mvc.perform(post(adresse + "/suppression").with(csrf()).with(user(camille.toString())))
			.andExpect(status().isFound());
		assertThat(enregistrees.toutesDe(camille)).isEmpty();
		mvc.perform(get(adresse).with(user(camille.toString()))).andExpect(status().isNotFound());
	}

	@Test
	void sansNomLAnalyseEnregistreePrendLaPremiereLigneDuTexte() throws Exception {
		mvc.perform(post("/fiches-de-poste/analyses").param("texte", FICHE).with(csrf()).with(user(camille.toString())))
			.andExpect(status().isFound());

		assertThat(enregistrees.toutesDe(camille)).extracting(a -> a.nom())
			.containsExactly("Chargé·e de mission vie associative");
	}

	@Test
	void unNomDeFichierDeMilleCaracteresEstGardeAbregeParSaFin() throws Exception {
		var source = "dossier/".repeat(124) + "fiche-de-poste.docx";

		mvc.perform(post("/fiches-de-poste/analyses").param("texte", FICHE)
			.param("source", source)
			.with(csrf())
			.with(user(camille.toString()))).andExpect(status().isFound());

		assertThat(enregistrees.toutesDe(camille)).singleElement().satisfies(gardee -> {
			assertThat(gardee.source()).hasSize(255).startsWith("…").endsWith("/fiche-de-poste.docx");
		});
	}

	@Test
	void unNomTropLongOuUnTexteVideNeGardentRien() throws Exception {
		mvc.perform(post("/fiches-de-poste/analyses").param("nom", "n".repeat(201))
			.param("texte", FICHE)
			.with(csrf())
			.with(user(camille.toString())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Le nom de l&#39;analyse est trop long")));
		mvc.perform(post("/fiches-de-poste/analyses").param("texte", "").with(csrf()).with(user(camille.toString())))
			.andExpect(status().isUnprocessableContent());

		assertThat(enregistrees.toutesDe(camille)).isEmpty();
	}

	@Test
	void lesAnalysesGardeesFigurentDansMesDonneesEtPartentAvecLeCompte() throws Exception {
		enregistrees.enregistrer(camille, "Ma fiche", FICHE, "fiche.txt");
		var rubrique = donnees.stream().filter(d -> d.rubrique().equals("analysesDeFichesDePoste")).findFirst().orElseThrow();

		assertThat(rubrique.de(camille)).asInstanceOf(LIST).hasSize(1);
		assertThat(rubrique.de(dominique)).asInstanceOf(LIST).isEmpty();

		comptes.supprimer(camille);
		assertThat(jdbc.sql("select count(*) from analyse_de_fiche where compte_id = ?").param(camille).query(Long.class).single())
			.isZero();
	}

	private long analysesEnBase() {
		return jdbc.sql("select count(*) from analyse_de_fiche").query(Long.class).single();
	}

	private UUID compte(String nom) {
		return comptes.creerConfirme("analyse-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr", nom,
				Optional.empty(), Set.of()).id();
	}

}
