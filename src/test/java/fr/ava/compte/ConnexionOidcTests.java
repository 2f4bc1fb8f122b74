package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

import com.nimbusds.jose.jwk.source.JWKSource;

import essai.oidc.FournisseurOidcDeTest;
import essai.oidc.FournisseurOidcDeTest.Client;
import essai.oidc.FournisseurOidcDeTest.Personne;

/**
 * Login through an identity provider, against a real OpenID Connect provider started by the test
 * (Spring Authorization Server, {@link FournisseurOidcDeTest}) and AVA on a real Tomcat, driven by a
 * real HTTP client that keeps cookies and follows redirects one by one, as a browser does: AVA's
 * login page, the provider's login form, the authorization code back to AVA, "Mon compte".
 * <p>
 * The provider is opened at {@code localhost}, AVA at {@code 127.0.0.1} (the loopback address the
 * provider accepts on any port as the client's redirect URI): the two servers never share cookies.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@DirtiesContext
class ConnexionOidcTests {

	private static final Client AVA = new Client("ava", "secret-du-client-ava-de-test", "essai");

	/** Addresses of this run only: the test database outlives a test class. */
	private static final String ESSAI = UUID.randomUUID().toString().substring(0, 8);

	private static final Personne CAMILLE = new Personne("camille", "mot-de-passe-de-camille",
			"camille.oidc." + ESSAI + "@exemple.fr", true, "Camille Martin");

	/** Already has an AVA account; the provider writes the address with capitals. */
	private static final Personne DOMINIQUE = new Personne("dominique", "mot-de-passe-de-dominique",
			"Dominique.Oidc." + ESSAI + "@Exemple.fr", true, "Dominique D.");

	/** The provider does not vouch for this address. */
	private static final Personne SACHA = new Personne("sacha", "mot-de-passe-de-sacha", "sacha.oidc." + ESSAI + "@exemple.fr",
			false, "Sacha Petit");

	/** Someone else signed up with this address first, and never confirmed it. */
	private static final Personne ALEX = new Personne("alex", "mot-de-passe-d-alex", "alex.oidc." + ESSAI + "@exemple.fr", true,
			"Alex Leroy");

	private static final String ADRESSE_NON_VERIFIEE = "Votre fournisseur d'identité ne garantit pas votre adresse "
			+ "électronique : connectez-vous avec votre mot de passe AVA.";

	private static final Pattern LIEN_DU_FOURNISSEUR = Pattern
		.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>Se connecter avec Fournisseur de test</a>");

	private static final Pattern JETON_CSRF = Pattern.compile("<input [^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern TITRE = Pattern.compile("<h1[^>]*>([^<]*)</h1>");

	private static final Pattern ALERTE = Pattern.compile("<p [^>]*role=\"alert\"[^>]*>([^<]*)</p>");

	/** What a browser accepts: the provider sends a browser to its login form, and answers 401 otherwise. */
	private static final String PAGES_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static FournisseurOidcDeTest fournisseur;

	@LocalServerPort
	int port;

	@Autowired
	Comptes comptes;

	@Autowired
	ApplicationContext contexte;

	/** A browser without a screen, new for each test: its own cookies, redirects followed one by one. */
	private final HttpClient navigateur = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void demarrerLeFournisseur() {
		fournisseur = FournisseurOidcDeTest.demarrer(AVA, List.of(CAMILLE, DOMINIQUE, SACHA, ALEX));
	}

	@AfterAll
	static void arreterLeFournisseur() {
		if (fournisseur != null) {
			fournisseur.close();
		}
	}

	@DynamicPropertySource
	static void fournisseurOidc(DynamicPropertyRegistry proprietes) {
		var enregistrement = "spring.security.oauth2.client.registration." + AVA.idEnregistrement() + ".";
		proprietes.add(enregistrement + "client-id", AVA::identifiant);
		proprietes.add(enregistrement + "client-secret", AVA::secret);
		proprietes.add(enregistrement + "client-name", () -> "Fournisseur de test");
		proprietes.add(enregistrement + "scope", () -> "openid,profile,email");
		proprietes.add("spring.security.oauth2.client.provider." + AVA.idEnregistrement() + ".issuer-uri",
				() -> fournisseur.emetteur());
	}

	@Test
	void proposeDeSeConnecterAvecLeFournisseurSurLaPageDeConnexion() throws IOException, InterruptedException {
		var page = ouvrir(ava("/connexion"));

		assertThat(page.statusCode()).isEqualTo(200);
		var lien = LIEN_DU_FOURNISSEUR.matcher(page.body());
		assertThat(lien.find()).as("lien « Se connecter avec Fournisseur de test »").isTrue();
		assertThat(lien.group(1)).isEqualTo("/oauth2/authorization/" + AVA.idEnregistrement());
	}

	@Test
	void seConnecteAvecLeFournisseurEtCreeLeCompteDeLAdresseVerifiee() throws IOException, InterruptedException {
		assertThat(comptes.parEmail(CAMILLE.email())).isEmpty();

		var arrivee = seConnecterChezLeFournisseur(CAMILLE);

		assertThat(arrivee.uri()).isEqualTo(ava("/tableau-de-bord"));
		assertThat(arrivee.statusCode()).isEqualTo(200);
		assertThat(texte(TITRE, arrivee)).isEqualTo("Tableau de bord");
		assertThat(arrivee.body()).contains("Mon compte <span class=\"nom\">(Camille Martin)</span>");
		var compte = comptes.parEmail(CAMILLE.email()).orElseThrow();
		assertThat(compte.nomAffiche()).isEqualTo("Camille Martin");
		assertThat(compte.emailConfirme()).isTrue();
		assertThat(compte.aUnMotDePasse()).isFalse();
		assertThat(compte.roles()).containsExactly(Role.ACCOMPAGNATEUR);
	}

	@Test
	void retrouveLeCompteAvaDeLaMemeAdresseSansEnCreerUnSecond() throws IOException, InterruptedException {
		var existant = comptes.creerConfirme("dominique.oidc." + ESSAI + "@exemple.fr", "Dominique Durand",
				Optional.of("Un-Mot-De-Passe-Long-2026"), Set.of());

		var arrivee = seConnecterChezLeFournisseur(DOMINIQUE);

		assertThat(arrivee.uri()).isEqualTo(ava("/tableau-de-bord"));
		assertThat(arrivee.statusCode()).isEqualTo(200);
		assertThat(arrivee.body()).contains("Mon compte <span class=\"nom\">(Dominique Durand)</span>");
		var compte = comptes.parEmail(DOMINIQUE.email()).orElseThrow();
		assertThat(compte.id()).isEqualTo(existant.id());
		assertThat(compte.nomAffiche()).isEqualTo("Dominique Durand");
		assertThat(compte.aUnMotDePasse()).isTrue();
		assertThat(comptes.chercher("dominique.oidc." + ESSAI, 1).comptes())
			.extracting(Compte::id)
			.containsExactly(existant.id());
	}

	@Test
	void confirmeLeCompteJamaisConfirmeDeLAdresseEtOublieLeMotDePasseChoisiParUnAutre()
			throws IOException, InterruptedException {
		comptes.inscrire(ALEX.email(), "Attaquant", "Mot-De-Passe-Choisi-2026");
		var inscrit = comptes.parEmail(ALEX.email()).orElseThrow();

		var arrivee = seConnecterChezLeFournisseur(ALEX);

		assertThat(arrivee.uri()).isEqualTo(ava("/tableau-de-bord"));
		var compte = comptes.compte(inscrit.id());
		assertThat(compte.emailConfirme()).isTrue();
		assertThat(compte.aUnMotDePasse()).as("le mot de passe choisi à l'inscription ne vaut plus rien").isFalse();
	}

	@Test
	void refuseLAdresseQueLeFournisseurNeGarantitPas() throws IOException, InterruptedException {
		var arrivee = seConnecterChezLeFournisseur(SACHA);

		assertThat(arrivee.uri()).isEqualTo(ava("/connexion?erreur"));
		assertThat(arrivee.statusCode()).isEqualTo(200);
		assertThat(texte(ALERTE, arrivee)).isEqualTo(ADRESSE_NON_VERIFIEE);
		assertThat(comptes.parEmail(SACHA.email())).isEmpty();
		assertThat(ouvrir(ava("/mon-compte")).uri()).isEqualTo(ava("/connexion"));
	}

	@Test
	void neDonneAAvaAucunePartieDuServeurDAutorisationDesTests() {
		assertThat(contexte.getBeanNamesForType(RegisteredClientRepository.class)).isEmpty();
		assertThat(contexte.getBeanNamesForType(AuthorizationServerSettings.class)).isEmpty();
		assertThat(contexte.getBeanNamesForType(JWKSource.class)).isEmpty();
	}

	@Test
	void neDonneAuFournisseurNiLesBeansNiLaConfigurationDAva() {
		var contexteDuFournisseur = fournisseur.contexte();

		assertThat(Stream.of(contexteDuFournisseur.getBeanDefinitionNames())
			.map(contexteDuFournisseur::getType)
			.filter(Objects::nonNull)
			.map(Class::getName)).isNotEmpty().noneMatch(type -> type.startsWith("fr.ava."));
		assertThat(contexteDuFournisseur.getBeanNamesForType(DataSource.class)).isEmpty();
		assertThat(contexteDuFournisseur.getEnvironment().getProperty("spring.datasource.url")).isNull();
	}

	/**
	 * Follows the link of AVA's login page to the provider, fills in its login form, and follows the
	 * redirects back to AVA: the page where the person lands.
	 */
	private HttpResponse<String> seConnecterChezLeFournisseur(Personne personne)
			throws IOException, InterruptedException {
		var connexion = ouvrir(ava("/connexion"));
		var lien = LIEN_DU_FOURNISSEUR.matcher(connexion.body());
		assertThat(lien.find()).as("lien « Se connecter avec Fournisseur de test »").isTrue();

		var formulaire = ouvrir(connexion.uri().resolve(HtmlUtils.htmlUnescape(lien.group(1))));
		assertThat(formulaire.uri()).isEqualTo(URI.create(fournisseur.emetteur() + "/login"));
		assertThat(formulaire.statusCode()).isEqualTo(200);

		return envoyer(formulaire.uri(), Map.of("username", personne.identifiant(), "password", personne.motDePasse(),
				"_csrf", texte(JETON_CSRF, formulaire)));
	}

	private URI ava(String chemin) {
		return URI.create("http://127.0.0.1:" + port + chemin);
	}

	private HttpResponse<String> ouvrir(URI adresse) throws IOException, InterruptedException {
		return suivre(HttpRequest.newBuilder(adresse).GET());
	}

	private HttpResponse<String> envoyer(URI adresse, Map<String, String> champs)
			throws IOException, InterruptedException {
		return suivre(HttpRequest.newBuilder(adresse)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(formulaire(champs)));
	}

	/** Sends the request, then follows the redirects (as GET), a few at most. */
	private HttpResponse<String> suivre(HttpRequest.Builder requete) throws IOException, InterruptedException {
		var reponse = navigateur.send(commeUnNavigateur(requete).build(), BodyHandlers.ofString());
		for (var sauts = 0; sauts < 10 && reponse.statusCode() / 100 == 3; sauts++) {
			var suite = reponse.uri().resolve(reponse.headers().firstValue("Location").orElseThrow());
			reponse = navigateur.send(commeUnNavigateur(HttpRequest.newBuilder(suite).GET()).build(),
					BodyHandlers.ofString());
		}
		assertThat(reponse.statusCode() / 100).as("redirections sans fin depuis %s", reponse.uri()).isNotEqualTo(3);
		return reponse;
	}

	private static HttpRequest.Builder commeUnNavigateur(HttpRequest.Builder requete) {
		return requete.header("Accept", PAGES_HTML).timeout(Duration.ofSeconds(10));
	}

	private static BodyPublisher formulaire(Map<String, String> champs) {
		return BodyPublishers.ofString(champs.entrySet()
			.stream()
			.map(champ -> URLEncoder.encode(champ.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(champ.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")));
	}

	/** The text the pattern finds in the page, as it reads. */
	private static String texte(Pattern motif, HttpResponse<String> page) {
		var trouve = motif.matcher(page.body());
		assertThat(trouve.find()).as("%s dans la page %s :%n%s", motif, page.uri(), page.body()).isTrue();
		return HtmlUtils.htmlUnescape(trouve.group(1)).strip();
	}

}
