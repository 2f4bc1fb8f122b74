package fr.ava.fichedeposte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.document.Echantillons;
import fr.ava.fichedeposte.FichesDExemple;

/**
 * Every kind of bad upload, sent as a partner's tool or a curator would: a French message with the right
 * status, nothing kept, and the next good upload is analysed as usual.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EnvoisRefusesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> documentsRefuses() {
		var cinquanteEtUnePages = IntStream.rangeClosed(1, 51).mapToObj(page -> "Page " + page).toArray(String[]::new);
		var docx = Echantillons.docx("Chargée de mission", new String[] { "Accueillir les associations." });
		return Stream.of(
				Arguments.of("un PDF protégé par un mot de passe", "fiche.pdf", Echantillons.pdfProtegeParMotDePasse("Fiche"), 422,
						"protégé par un mot de passe"),
				Arguments.of("un PDF endommagé", "fiche.pdf", Echantillons.pdfEndommage(), 422, "illisible"),
				Arguments.of("un fichier vide", "fiche.txt", new byte[0], 422, "ne contient aucun texte"),
				Arguments.of("un PDF scanné, sans texte", "scan.pdf", Echantillons.pdfScanne(2), 422,
						"Ce PDF ne contient pas de texte : est-ce un scan ?"),
				Arguments.of("un fichier de 11 Mo", "fiche.txt", Echantillons.octets(11, 'a'), 413, "dépasse 10 Mo"),
				Arguments.of("un PDF de 51 pages", "rapport.pdf", Echantillons.pdf(cinquanteEtUnePages), 413, "compte 51 pages"),
				Arguments.of("une image", "fiche.png", Echantillons.png(), 415, "n'est pas dans un format accepté"),
				Arguments.of("un programme", "fiche.pdf", Echantillons.programmeWindows(), 415, "n'est pas dans un format accepté"),
				Arguments.of("un DOCX piégé (bombe de décompression)", "fiche.docx", Echantillons.docxPiege(docx, 200), 400,
						"anormalement compressé"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documentsRefuses")
	void unDocumentRefuseALApiRecoitUnMessageEnFrancaisEtLeServeurContinue(String cas, String nom, byte[] contenu, int statut,
			String message) throws Exception {
		mvc.perform(multipart("/api/v1/analyses").file(new MockMultipartFile("fichier", nom, null, contenu)))
			.andExpect(status().is(statut))
			.andExpect(jsonPath("$.detail").value(containsString(message)));

		mvc.perform(multipart("/api/v1/analyses").file(new MockMultipartFile("fichier", "fiche.txt", "text/plain",
				FichesDExemple.SUBVENTIONS.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fonctions[?(@.code == 'FS01')].present").value(true));
	}

	static Stream<Arguments> archivesRefusees() {
		var fiche = Map.of("fiche.txt", FichesDExemple.SUBVENTIONS.getBytes(StandardCharsets.UTF_8));
		return Stream.of(Arguments.of("une bombe ZIP", Echantillons.bombeZip("fiche.txt", 200), "anormalement compressé"),
				Arguments.of("une archive dans l'archive",
						Echantillons.zip(Map.of("fiche.txt", fiche.get("fiche.txt"), "autres.zip", Echantillons.zip(fiche))),
						"contient une autre archive"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("archivesRefusees")
	void uneArchiveDangereusePourUnCorpusEstRefuseeEntiereSansRienGarder(String cas, byte[] archive, String message)
			throws Exception {
		var curateur = comptes.creerConfirme("envois-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr",
				"Claude Curation", Optional.empty(), Set.of(Role.CURATEUR)).id();
		long corpusAvant = compter("corpus_de_fiches");
		long fichesAvant = compter("fiche_du_corpus");

		mvc.perform(multipart("/fiches-de-poste/corpus").file(new MockMultipartFile("fichiers", "corpus.zip", null, archive))
			.param("nom", "Corpus piégé")
			.param("employeur", "COMMUNE")
			.param("territoire", "RURAL")
			.with(csrf())
			.with(user(curateur.toString()).roles("CURATEUR")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(message)));

		assertThat(compter("corpus_de_fiches")).isEqualTo(corpusAvant);
		assertThat(compter("fiche_du_corpus")).isEqualTo(fichesAvant);
	}

	private long compter(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
