package fr.ava.compte;

import static fr.ava.compte.NavigationHttp.requete;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What a browser receives from a real Tomcat with every page: the security headers, and a session
 * cookie out of scripts' reach, sent back only from AVA's own pages, and only over HTTPS when AVA is
 * behind an HTTPS proxy. The {@code X-Forwarded-*} headers count only from the proxies named in the
 * configuration: by default none.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EnTetesDeSecuriteTests {

	private static final String ADRESSE_FAISANT_SUIVRE = "203.0.113.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void chaquePageInterditLesScriptsEnLigneEtLesCadresEtGardeSonAdresseDiscrete() throws Exception {
		for (var chemin : new String[] { "/", "/connexion", "/referentiel/1.0/fonctions/veille" }) {
			var page = get(port, chemin, Map.of());
			var politique = page.headers().firstValue("Content-Security-Policy").orElseThrow();

			assertThat(politique).as(chemin).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
			assertThat(page.headers().firstValue("X-Frame-Options")).as(chemin).hasValue("DENY");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(chemin).hasValue("strict-origin-when-cross-origin");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(chemin).hasValue("nosniff");
		}
	}

	@Test
	void chaqueReponseRefuseLaCameraLeMicroLaPositionLePaiementEtLUsb() throws Exception {
		for (var chemin : new String[] { "/", "/connexion", "/referentiel/1.0/fonctions/veille", "/ressources/css/ava.css",
				"/api/v1/moi/positionnements", "/nimportequoi", "/error" }) {
			var reponse = get(port, chemin, Map.of());

			assertThat(reponse.headers().firstValue("Permissions-Policy")).as(chemin)
				.hasValueSatisfying(politique -> assertThat(politique.split(",\\s*")).contains("camera=()",
						"microphone=()", "geolocation=()", "payment=()", "usb=()"));
		}
	}

	@Test
	void lAdresseDeLaPageDErreurDemandeeDirectementEstIntrouvable() throws Exception {
		var page = get(port, "/error", Map.of("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page introuvable");

		var probleme = get(port, "/error", Map.of("Accept", "application/json"));
		assertThat(probleme.statusCode()).isEqualTo(404);
		assertThat(probleme.body()).contains("\"error\":\"Introuvable\"");
	}

	@Test
	void leCookieDeSessionEchappeAuxScriptsEtResteSurLeSite() throws Exception {
		var enHttp = NavigationHttp.enTeteDuCookieSession(get(port, "/connexion", Map.of()));

		assertThat(enHttp).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void lesEnTetesXForwardedDUnClientQuiNEstPasUnMandataireDeConfianceSontIgnores() throws Exception {
		var faitSuivre = ADRESSE_FAISANT_SUIVRE + "7";
		var cookie = NavigationHttp.enTeteDuCookieSession(
				get(port, "/connexion", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", faitSuivre)));
		assertThat(cookie).as("cookie de session").doesNotContain("Secure");

		var email = echouerALaConnexion(port, faitSuivre);
		assertThat(clesDesEchecsDe(jdbc, email)).as("l'échec est compté pour l'adresse réelle du client")
			.singleElement()
			.asString()
			.matches("compte-adresse:(127\\.0\\.0\\.1|0:0:0:0:0:0:0:1)/" + email);
	}

	/** Behind a proxy named in the configuration (here the tests' own address), its headers count. */
	@Nested
	@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
	class DerriereUnMandataireDeConfiance {

		@LocalServerPort
		int port;

		@Autowired
		JdbcClient jdbc;

		@Test
		void leCookieDeSessionNeVoyageQuEnHttpsDerriereUnMandataireHttps() throws Exception {
			var enHttp = NavigationHttp.enTeteDuCookieSession(get(port, "/connexion", Map.of()));
			var derriereHttps = NavigationHttp.enTeteDuCookieSession(get(port, "/connexion", Map.of("X-Forwarded-Proto", "https")));

			assertThat(enHttp).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
			assertThat(derriereHttps).contains("HttpOnly", "SameSite=Lax", "Secure");
		}

		@Test
		void lAdresseDuClientEstCelleQueLeMandataireFaitSuivre() throws Exception {
			var faitSuivre = ADRESSE_FAISANT_SUIVRE + "8";
			var email = echouerALaConnexion(port, faitSuivre);

			assertThat(clesDesEchecsDe(jdbc, email)).containsExactly("compte-adresse:" + faitSuivre + "/" + email);
		}

	}

	/** A failed login through the form for a new address, the request saying it comes from this address; returns the address. */
	private static String echouerALaConnexion(int port, String faitSuivre) throws Exception {
		var instance = "http://localhost:" + port;
		var page = get(port, "/connexion", Map.of());
		var email = "en-tetes-" + UUID.randomUUID() + "@exemple.fr";
		var corps = Map.of("email", email, "motDePasse", "Pas-le-bon-2025", "_csrf", NavigationHttp.jetonCsrf(page))
			.entrySet()
			.stream()
			.map(champ -> champ.getKey() + "=" + URLEncoder.encode(champ.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var reponse = NavigationHttp.CLIENT.send(requete(instance, "/connexion", NavigationHttp.cookieSession(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", faitSuivre)
			.POST(BodyPublishers.ofString(corps))
			.build(), BodyHandlers.ofString());
		assertThat(NavigationHttp.destination(reponse)).isEqualTo("/connexion?erreur");
		return email;
	}

	private static List<String> clesDesEchecsDe(JdbcClient jdbc, String email) {
		return jdbc.sql("select cle from echec_de_connexion where cle like ?").param("compte-adresse:%/" + email)
			.query(String.class)
			.list();
	}

	private static HttpResponse<String> get(int port, String chemin, Map<String, String> entetes) throws Exception {
		var demande = requete("http://localhost:" + port, chemin, null);
		entetes.forEach(demande::header);
		return NavigationHttp.CLIENT.send(demande.GET().build(), BodyHandlers.ofString());
	}

}
