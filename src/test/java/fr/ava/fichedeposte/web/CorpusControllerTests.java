package fr.ava.fichedeposte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.fichedeposte.AnalysesEnregistrees;

@SpringBootTest
@AutoConfigureMockMvc
class CorpusControllerTests {

	static final String SUBVENTIONS = AnalyseControllerTests.FICHE;

	static final String JARDINIER = "Agent des espaces verts\nTonte des pelouses, taille des haies et entretien des massifs fleuris.\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor curateur;

	@BeforeEach
	void unCurateur() {
		var id = comptes.creerConfirme("corpus-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr", "Claude Curation",
				Optional.empty(), Set.of(Role.CURATEUR)).id();
		curateur = user(id.toString()).roles("CURATEUR");
	}

	@Test
	void unCurateurCreeUnCorpusPuisLitLesChiffresParTypeEtLesEmporteEnCsv() throws Exception {
		var creation = mvc.perform(lot("/fiches-de-poste/corpus", "COMMUNE", "RURAL", fichier("a.txt", SUBVENTIONS),
				fichier("b.txt", SUBVENTIONS), fichier("c.txt", JARDINIER)).param("nom", "Corpus des communes rurales")
			.with(csrf())
			.with(curateur)).andExpect(status().isFound()).andReturn();
		var adresse = creation.getResponse().getRedirectedUrl();
		mvc.perform(lot(adresse + "/fiches", "ASSOCIATION", "URBAIN", fichier("d.txt", SUBVENTIONS)).with(csrf()).with(curateur))
			.andExpect(status().isFound());

		mvc.perform(get(adresse).with(curateur))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Corpus des communes rurales")))
			.andExpect(content().string(containsString("4 fiches analysées")))
			.andExpect(content().string(containsString("Commune (3)")))
			.andExpect(content().string(containsString("Association (1)")));

		var csv = mvc.perform(get(adresse + "/statistiques.csv").with(curateur))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF");
		var lignes = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get().parse(new StringReader(csv.substring(1))).getRecords();
		assertThat(lignes.get(0).values()).containsExactly("code", "libellé", "fiches (sur 4)", "part (%)", "Commune (sur 3)",
				"Association (sur 1)", "Urbain (sur 1)", "Rural (sur 3)");
		assertThat(lignes).hasSize(1 + 3 + 17);
		var gestion = lignes.stream().filter(l -> l.get(0).equals("FS01")).findFirst().orElseThrow();
		assertThat(gestion.values()).containsExactly("FS01", "Gestion administrative et financière", "3", "75", "2", "1", "1", "2");
	}

	@Test
	void unTypeInconnuAucunFichierOuUnNomVideOuTropLongNeCreeRien() throws Exception {
		long avant = corpusEnBase();

		mvc.perform(lot("/fiches-de-poste/corpus", "MAIRIE", "RURAL", fichier("a.txt", SUBVENTIONS)).param("nom", "Essai")
			.with(csrf())
			.with(curateur))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("« MAIRIE » n&#39;est pas un type proposé.")));
		mvc.perform(lot("/fiches-de-poste/corpus", "COMMUNE", "RURAL").param("nom", "Essai").with(csrf()).with(curateur))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choisissez au moins un fichier")));
		mvc.perform(lot("/fiches-de-poste/corpus", "COMMUNE", "RURAL", fichier("a.txt", SUBVENTIONS)).param("nom", " ")
			.with(csrf())
			.with(curateur)).andExpect(status().isBadRequest()).andExpect(content().string(containsString("Donnez un nom")));
		mvc.perform(lot("/fiches-de-poste/corpus", "COMMUNE", "RURAL", fichier("a.txt", SUBVENTIONS))
			.param("nom", "C".repeat(AnalysesEnregistrees.NOM_AU_PLUS + 1))
			.with(csrf())
			.with(curateur))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"Le nom du corpus est trop long : " + AnalysesEnregistrees.NOM_AU_PLUS + " caractères au plus.")));

		assertThat(corpusEnBase()).isEqualTo(avant);
	}

	@Test
	void unFichierAuNomTresLongEntreDansLeCorpusSousUnNomAbregeParSaFin() throws Exception {
		var nom = "fiche-".repeat(100) + "commune.txt";

		mvc.perform(lot("/fiches-de-poste/corpus", "COMMUNE", "RURAL", fichier(nom, SUBVENTIONS)).param("nom", "Noms longs")
			.with(csrf())
			.with(curateur)).andExpect(status().isFound());

		assertThat(jdbc.sql("select nom_du_fichier from fiche_du_corpus f join corpus_de_fiches c on c.id = f.corpus_id "
				+ "where c.nom = 'Noms longs'").query(String.class).single()).hasSize(255).startsWith("…").endsWith("-commune.txt");
	}

	@Test
	void unCorpusInconnuEstIntrouvable() throws Exception {
		mvc.perform(get("/fiches-de-poste/corpus/{id}", UUID.randomUUID()).with(curateur)).andExpect(status().isNotFound());
		mvc.perform(post("/fiches-de-poste/corpus/{id}/suppression", UUID.randomUUID()).with(csrf()).with(curateur))
			.andExpect(status().isNotFound());
	}

	private static MockMultipartHttpServletRequestBuilder lot(String adresse, String employeur, String territoire,
			MockMultipartFile... fichiers) {
		var requete = multipart(adresse);
		for (var fichier : fichiers) {
			requete.file(fichier);
		}
		requete.param("employeur", employeur).param("territoire", territoire);
		return requete;
	}

	private static MockMultipartFile fichier(String nom, String texte) {
		return new MockMultipartFile("fichiers", nom, "text/plain", texte.getBytes(StandardCharsets.UTF_8));
	}

	private long corpusEnBase() {
		return jdbc.sql("select count(*) from corpus_de_fiches").query(Long.class).single();
	}

}
