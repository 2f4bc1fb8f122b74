package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A real HTTP client in front of a running AVA, as a browser without JavaScript: it follows no
 * redirect and carries the {@code SESSION} cookie it is given.
 */
final class NavigationHttp {

	static final HttpClient CLIENT = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final Pattern JETON_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private NavigationHttp() {
	}

	/** Logs in through the form, as a browser does; returns the value of the new SESSION cookie. */
	static String seConnecter(String instance, String email, String motDePasse) throws IOException, InterruptedException {
		var page = get(instance, "/connexion", null);
		assertThat(page.statusCode()).isEqualTo(200);
		var connexion = post(instance, "/connexion", cookieSession(page),
				Map.of("email", email, "motDePasse", motDePasse, "_csrf", jetonCsrf(page)));
		assertThat(connexion.statusCode()).isEqualTo(302);
		assertThat(destination(connexion)).isEqualTo("/tableau-de-bord");
		return cookieSession(connexion);
	}

	static HttpResponse<String> get(String instance, String chemin, @Nullable String session)
			throws IOException, InterruptedException {
		return CLIENT.send(requete(instance, chemin, session).GET().build(), BodyHandlers.ofString());
	}

	static HttpResponse<String> post(String instance, String chemin, String session, Map<String, String> champs)
			throws IOException, InterruptedException {
		var corps = champs.entrySet()
			.stream()
			.map(champ -> champ.getKey() + "=" + URLEncoder.encode(champ.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return CLIENT.send(requete(instance, chemin, session).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(corps))
			.build(), BodyHandlers.ofString());
	}

	static HttpRequest.Builder requete(String instance, String chemin, @Nullable String session) {
		var requete = HttpRequest.newBuilder(URI.create(instance + chemin)).timeout(Duration.ofSeconds(10));
		return session == null ? requete : requete.header("Cookie", "SESSION=" + session);
	}

	static String cookieSession(HttpResponse<?> reponse) {
		var cookie = enTeteDuCookieSession(reponse);
		return cookie.substring("SESSION=".length(), cookie.indexOf(';'));
	}

	/** The whole {@code Set-Cookie} header of the session, with its attributes. */
	static String enTeteDuCookieSession(HttpResponse<?> reponse) {
		return reponse.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Pas de cookie SESSION dans " + reponse.headers().map()));
	}

	static String jetonCsrf(HttpResponse<String> page) {
		var jeton = JETON_CSRF.matcher(page.body());
		assertThat(jeton.find()).as("jeton CSRF dans la page").isTrue();
		return jeton.group(1);
	}

	/** The path the response redirects to, without the instance's address. */
	static String destination(HttpResponse<?> reponse) {
		var cible = URI.create(reponse.headers().firstValue("Location").orElseThrow());
		return cible.getRawPath() + (cible.getRawQuery() == null ? "" : "?" + cible.getRawQuery());
	}

	/** Spring Session's cookie holds the session id in Base64. */
	static String idDeSession(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	static String encoder(String id) {
		return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
	}

}
