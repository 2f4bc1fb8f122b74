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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads as a real Tomcat reads them (MockMvc neither parses multipart nor knows its limits): over the
 * limits, the person and the partner's tool both get a 413 in French and the server keeps answering; a
 * malformed body gets a 400; a batch of 200 files and long accented names are read.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class TeleversementsSurUnVraiTomcatTests {

	private static final String LIMITE = "L'envoi est trop gros : 10 Mo au plus par fichier, 50 Mo et 200 fichiers au plus en tout.";

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

	@Test
	void unEnvoiMultipartMalFormeRecoitUn400EnFrancaisPasUneErreurDuServeur() throws Exception {
		var sansLimite = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/versions"))
			.header("Content-Type", "multipart/form-data")
			.method("GET", HttpRequest.BodyPublishers.ofString("x"));
		var coupe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/analyses"))
			.header("Content-Type", "multipart/form-data; boundary=zz")
			.POST(HttpRequest.BodyPublishers
				.ofString("--zz\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"a.txt\"\r\n\r\nabc"));

		for (var requete : List.of(sansLimite, coupe)) {
			var reponse = client.send(requete.header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

			assertThat(reponse.statusCode()).as(requete.build().uri().getPath()).isEqualTo(400);
			assertThat(reponse.body()).contains("L'envoi est mal formé");
		}
	}

	/** A corpus batch of 200 files with the form's fields; without the form's token, refused after reading: 403. */
	@Test
	void deuxCentsFichiersEnUnEnvoiSontLusParLeServeur() throws Exception {
		var reponse = envoyer("/fiches-de-poste/corpus", "fiche.txt", 0, 200, "nom", "employeur", "territoire");

		assertThat(reponse.statusCode()).isEqualTo(403);
	}

	@Test
	void plusDeDeuxCentsFichiersEnUnEnvoiRecoiventUn413EnFrancais() throws Exception {
		var reponse = envoyer("/fiches-de-poste/corpus", "fiche.txt", 0, 260);

		assertThat(reponse.statusCode()).isEqualTo(413);
		assertThat(reponse.body()).contains(LIMITE.replace("'", "&#39;"));
	}

	/** The longest name a file may keep, in accented letters: its part's headers pass Tomcat's limit. */
	@Test
	void unFichierAuNomLongEtAccentueEstLuParLeServeur() throws Exception {
		var reponse = envoyer("/api/v1/analyses", "é".repeat(250) + ".txt", 0, 1);

		assertThat(reponse.statusCode()).isEqualTo(200);
		assertThat(reponse.body()).contains("éééé");
	}

	private HttpResponse<String> envoyer(String chemin, int megaOctets) throws Exception {
		return envoyer(chemin, "fiche.txt", megaOctets, 1);
	}

	private HttpResponse<String> envoyer(String chemin, String nomDuFichier, int megaOctets, int fichiers,
			String... champs) throws Exception {
		var limite = "----ava-limite";
		var corps = new ByteArrayOutputStream();
		for (var champ : champs) {
			corps.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"" + champ + "\"\r\n\r\nx\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		var contenu = new byte[megaOctets * 1024 * 1024 + 1];
		Arrays.fill(contenu, (byte) 'a');
		if (megaOctets == 0) {
			contenu = "Accompagner les associations du territoire dans leurs demandes de subvention.".getBytes(StandardCharsets.UTF_8);
		}
		for (var n = 0; n < fichiers; n++) {
			corps.writeBytes(("--" + limite + "\r\nContent-Disposition: form-data; name=\"" + (fichiers > 1 ? "fichiers" : "fichier")
					+ "\"; filename=\"" + nomDuFichier + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			corps.writeBytes(contenu);
			corps.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		corps.writeBytes(("--" + limite + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
			.header("Content-Type", "multipart/form-data; boundary=" + limite)
			.header("Accept", chemin.startsWith("/api/") ? "application/json" : "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray()))
			.build();
		return client.send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
