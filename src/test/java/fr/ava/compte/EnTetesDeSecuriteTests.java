package fr.ava.compte;

import static fr.ava.compte.NavigationHttp.requete;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser receives from a real Tomcat with every page: the security headers, and a session
 * cookie out of scripts' reach, sent back only from AVA's own pages, and only over HTTPS when AVA is
 * behind an HTTPS proxy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EnTetesDeSecuriteTests {

	@LocalServerPort
	int port;

	@Test
	void chaquePageInterditLesScriptsEnLigneEtLesCadresEtGardeSonAdresseDiscrete() throws Exception {
		for (var chemin : new String[] { "/", "/connexion", "/referentiel/1.0/fonctions/veille" }) {
			var page = get(chemin, null);
			var politique = page.headers().firstValue("Content-Security-Policy").orElseThrow();

			assertThat(politique).as(chemin).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
			assertThat(page.headers().firstValue("X-Frame-Options")).as(chemin).hasValue("DENY");
			assertThat(page.headers().firstValue("Referrer-Policy")).as(chemin).hasValue("strict-origin-when-cross-origin");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(chemin).hasValue("nosniff");
		}
	}

	@Test
	void leCookieDeSessionEchappeAuxScriptsResteSurLeSiteEtNeVoyageQuEnHttpsDerriereUnMandataireHttps() throws Exception {
		var enHttp = NavigationHttp.enTeteDuCookieSession(get("/connexion", null));
		var derriereHttps = NavigationHttp.enTeteDuCookieSession(get("/connexion", "https"));

		assertThat(enHttp).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(derriereHttps).contains("HttpOnly", "SameSite=Lax", "Secure");
	}

	private HttpResponse<String> get(String chemin, @Nullable String protocoleDuMandataire) throws Exception {
		var demande = requete("http://localhost:" + port, chemin, null);
		if (protocoleDuMandataire != null) {
			demande.header("X-Forwarded-Proto", protocoleDuMandataire);
		}
		return NavigationHttp.CLIENT.send(demande.GET().build(), BodyHandlers.ofString());
	}

}
