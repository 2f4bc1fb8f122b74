package fr.ava.socle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a script or curl (no HTML in Accept) reads of the errors Spring Boot answers itself: French. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class ErreursSansPageTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void uneAdresseInconnueDemandeeEnJsonRepondIntrouvable() throws Exception {
		var reponse = envoyer("GET", "/nimportequoi");

		assertThat(reponse.statusCode()).isEqualTo(404);
		assertThat(reponse.body()).contains("\"error\":\"Introuvable\"").doesNotContain("Not Found");
	}

	@Test
	void unEnvoiSansJetonDeFormulaireRepondAccesRefuse() throws Exception {
		var reponse = envoyer("PUT", "/recherche");

		assertThat(reponse.statusCode()).isEqualTo(403);
		assertThat(reponse.body()).contains("\"error\":\"Accès refusé\"").doesNotContain("Forbidden");
	}

	private HttpResponse<String> envoyer(String methode, String chemin) throws Exception {
		var requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
			.header("Accept", "application/json")
			.method(methode, HttpRequest.BodyPublishers.noBody())
			.build();
		return client.send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
