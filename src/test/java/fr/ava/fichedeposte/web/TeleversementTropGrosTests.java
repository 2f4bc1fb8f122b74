package fr.ava.fichedeposte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over the server's limits, through a real Tomcat (MockMvc knows no limits): the person and
 * the partner's tool both get a 413 in French, and the server keeps answering.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class TeleversementTropGrosTests {

	private static final String LIMITE = "Le fichier envoyé est trop gros : 10 Mo au plus par fichier, 50 Mo au plus en tout.";

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void unFichierDeDouzeMoEnvoyeDepuisLaPageRecoitUn413EnFrancais() throws Exception {
		var reponse = envoyer("/fiches-de-poste/analyse", 12);

		assertThat(reponse.statusCode()).isEqualTo(413);
		assertThat(reponse.body()).contains(LIMITE.replace("'", "&#39;"));
		assertThat(envoyer("/fiches-de-poste/analyse", 0).statusCode()).as("le serveur répond encore").isEqualTo(403);
	}

	@Test
	void unFichierDeDouzeMoEnvoyeALApiRecoitUn413EnJson() throws Exception {
		var reponse = envoyer("/api/v1/analyses", 12);

		assertThat(reponse.statusCode()).isEqualTo(413);
		assertThat(reponse.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
		assertThat(reponse.body()).contains(LIMITE);
	}

	private HttpResponse<String> envoyer(String chemin, int megaOctets) throws Exception {
		var limite = "----ava-limite";
		var corps = new ByteArrayOutputStream();
		corps.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"fiche.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		var contenu = new byte[megaOctets * 1024 * 1024 + 1];
		Arrays.fill(contenu, (byte) 'a');
		corps.writeBytes(contenu);
		corps.writeBytes(("\r\n--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
			.header("Content-Type", "multipart/form-data; boundary=" + limite)
			.header("Accept", chemin.startsWith("/api/") ? "application/json" : "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray()))
			.build();
		return client.send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
