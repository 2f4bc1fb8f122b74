package fr.ava.positionnement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import fr.ava.AvaDansUnAutreProcessus;
import fr.ava.Prerequis;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Enregistré" means saved: every answer AVA acknowledged is still there after the process is killed
 * without warning (SIGKILL) and started again on the same data, on the embedded database as configured
 * by default and on PostgreSQL.
 */
class EcrituresConfirmeesApresUnArretBrutalTests {

	private static final String EMAIL = "durabilite-" + UUID.randomUUID() + "@exemple.fr";

	private static final String MOT_DE_PASSE = "Durabilite-des-ecritures-2026";

	private static final Pattern JETON_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern COMPETENCE = Pattern.compile("name=\"n_([A-Z0-9-]+)\"");

	private static final int POSITIONNEMENTS_EN_PLUS = 10;

	@TempDir
	Path dossier;

	@Test
	void retrouveChaqueEcritureConfirmeeApresUnArretBrutalSurLaBaseEmbarquee() throws Exception {
		Files.createDirectories(dossier.resolve("ava"));
		verifierApresUnArretBrutal(List.of());
	}

	@Test
	@EnabledIf("fr.ava.Prerequis#postgresql")
	void retrouveChaqueEcritureConfirmeeApresUnArretBrutalSurPostgresql() throws Exception {
		Files.createDirectories(dossier.resolve("ava"));
		verifierApresUnArretBrutal(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + Prerequis.POSTGRES_URL,
				"--spring.datasource.username=" + Prerequis.POSTGRES_UTILISATEUR,
				"--spring.datasource.password=" + Prerequis.POSTGRES_MOT_DE_PASSE));
	}

	private void verifierApresUnArretBrutal(List<String> arguments) throws Exception {
		var environnement = Map.of("AVA_COMPTES_ADMINISTRATEUR_EMAIL", EMAIL, "AVA_COMPTES_ADMINISTRATEUR_MOT_DE_PASSE",
				MOT_DE_PASSE, "AVA_URL_PUBLIQUE", "https://ava.exemple.fr");
		var confirmees = new LinkedHashMap<String, Integer>();
		var commences = new ArrayList<String>();
		String positionnement;
		try (var ava = AvaDansUnAutreProcessus.demarrer(dossier.resolve("ava"), arguments, environnement)) {
			var navigation = new Navigation(ava.adresse());
			navigation.seConnecter();
			positionnement = navigation.commencer();
			var competences = new ArrayList<String>();
			for (var page : List.of("M1", "M2")) {
				var questionnaire = navigation.get("/positionnements/" + positionnement + "/perimetres/" + page);
				COMPETENCE.matcher(questionnaire.body()).results().map(trouve -> trouve.group(1)).distinct()
					.forEach(competences::add);
			}
			assertThat(competences).hasSizeGreaterThan(15);
			// One answer a request, one after the other, as the autosave sends them: each is acknowledged.
			for (var rang = 0; rang < competences.size(); rang++) {
				var code = competences.get(rang);
				var niveau = rang % 5;
				var reponse = navigation.postHtmx("/positionnements/" + positionnement + "/perimetres/" + code.substring(0, 2),
						Map.of("n_" + code, String.valueOf(niveau)));
				assertThat(reponse.statusCode()).as("réponse à %s", code).isEqualTo(200);
				confirmees.put(code, niveau);
			}
			for (var rang = 0; rang < POSITIONNEMENTS_EN_PLUS; rang++) {
				commences.add(navigation.commencer());
			}
			ava.tuerBrutalement();
		}
		try (var ava = AvaDansUnAutreProcessus.demarrer(dossier.resolve("ava"), arguments, environnement)) {
			var navigation = new Navigation(ava.adresse());
			navigation.seConnecter();
			var lu = navigation.get("/api/v1/moi/positionnements/" + positionnement);
			assertThat(lu.statusCode()).as("positionnement retrouvé après l'arrêt brutal : %s", lu.body()).isEqualTo(200);
			var retrouve = new JsonMapper().readTree(lu.body());
			var niveaux = new LinkedHashMap<String, Integer>();
			retrouve.get("reponses").properties().forEach(reponse -> {
				if (reponse.getValue().hasNonNull("niveau")) {
					niveaux.put(reponse.getKey(), Niveau.valueOf(reponse.getValue().get("niveau").asString()).valeur());
				}
			});
			assertThat(niveaux).as("réponses retrouvées après l'arrêt brutal").isEqualTo(confirmees);
			var tous = new JsonMapper().readTree(navigation.get("/api/v1/moi/positionnements").body());
			var ids = new ArrayList<String>();
			tous.forEach(unPositionnement -> ids.add(unPositionnement.get("id").asString()));
			assertThat(ids).as("positionnements commencés retrouvés").containsAll(commences).contains(positionnement);
		}
	}

	/** A browser without JavaScript: keeps its cookies, follows no redirect, sends the CSRF token. */
	private static final class Navigation {

		private final String adresse;

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private String jeton = "";

		Navigation(String adresse) {
			this.adresse = adresse;
		}

		void seConnecter() throws IOException, InterruptedException {
			get("/connexion");
			var connexion = post("/connexion", Map.of("email", EMAIL, "motDePasse", MOT_DE_PASSE), false);
			assertThat(connexion.statusCode()).isEqualTo(302);
			assertThat(connexion.headers().firstValue("Location").orElseThrow()).doesNotContain("erreur");
			get("/positionnements/nouveau");
		}

		String commencer() throws IOException, InterruptedException {
			var reponse = post("/positionnements", Map.of(), false);
			assertThat(reponse.statusCode()).isEqualTo(302);
			var destination = reponse.headers().firstValue("Location").orElseThrow();
			return destination.substring(destination.lastIndexOf('/') + 1);
		}

		HttpResponse<String> get(String chemin) throws IOException, InterruptedException {
			var reponse = client.send(requete(chemin).GET().build(), BodyHandlers.ofString());
			var trouve = JETON_CSRF.matcher(reponse.body());
			if (trouve.find()) {
				jeton = trouve.group(1);
			}
			return reponse;
		}

		HttpResponse<String> postHtmx(String chemin, Map<String, String> champs) throws IOException, InterruptedException {
			return post(chemin, champs, true);
		}

		private HttpResponse<String> post(String chemin, Map<String, String> champs, boolean htmx)
				throws IOException, InterruptedException {
			var avecJeton = new LinkedHashMap<>(champs);
			avecJeton.put("_csrf", jeton);
			var corps = avecJeton.entrySet()
				.stream()
				.map(champ -> champ.getKey() + "=" + URLEncoder.encode(champ.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			var requete = requete(chemin).header("Content-Type", "application/x-www-form-urlencoded");
			if (htmx) {
				requete.header("HX-Request", "true");
			}
			return client.send(requete.POST(BodyPublishers.ofString(corps)).build(), BodyHandlers.ofString());
		}

		private HttpRequest.Builder requete(String chemin) {
			return HttpRequest.newBuilder(URI.create(adresse + chemin)).timeout(Duration.ofSeconds(20));
		}

	}

}
