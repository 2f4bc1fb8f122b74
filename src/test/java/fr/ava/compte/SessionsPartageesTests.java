package fr.ava.compte;

import static fr.ava.compte.NavigationHttp.cookieSession;
import static fr.ava.compte.NavigationHttp.destination;
import static fr.ava.compte.NavigationHttp.encoder;
import static fr.ava.compte.NavigationHttp.get;
import static fr.ava.compte.NavigationHttp.idDeSession;
import static fr.ava.compte.NavigationHttp.jetonCsrf;
import static fr.ava.compte.NavigationHttp.post;
import static fr.ava.compte.NavigationHttp.requete;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.ava.AvaApplication;
import fr.ava.Prerequis;

/**
 * Two real instances of AVA (Tomcat on random ports, profile "postgres") on the same PostgreSQL
 * database: a session opened on one is the session of the other (Spring Session JDBC), seen from a
 * real HTTP client that carries the {@code SESSION} cookie from one instance to the other.
 */
@EnabledIf("fr.ava.Prerequis#postgresql")
class SessionsPartageesTests {

	private static final String EMAIL = "camille.partage@exemple.fr";

	private static final String NOM = "Camille Partage";

	private static final String MOT_DE_PASSE = "Tournesol-42-bleu";

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	private static String a;

	private static String b;

	@BeforeAll
	static void demarrerDeuxInstancesSurLaMemeBase() throws SQLException {
		try (var connexion = DriverManager.getConnection(Prerequis.POSTGRES_URL, Prerequis.POSTGRES_UTILISATEUR,
				Prerequis.POSTGRES_MOT_DE_PASSE); var requete = connexion.createStatement()) {
			requete.execute("drop schema if exists public cascade");
			requete.execute("create schema public");
		}
		// One after the other: the first applies the migrations, the second finds them done.
		instanceA = demarrer();
		instanceB = demarrer();
		a = adresse(instanceA);
		b = adresse(instanceB);
		instanceA.getBean(Comptes.class).creerConfirme(EMAIL, NOM, Optional.of(MOT_DE_PASSE), Set.of());
	}

	@AfterAll
	static void arreterLesDeuxInstances() {
		if (instanceB != null) {
			instanceB.close();
		}
		if (instanceA != null) {
			instanceA.close();
		}
	}

	@Test
	void uneSessionOuverteSurUneInstanceEstReconnueParLAutre() throws Exception {
		var avant = get(a, "/connexion", null);
		var session = seConnecter(a);

		assertThat(session).as("nouvel identifiant de session après la connexion").isNotEqualTo(cookieSession(avant));
		var surA = get(a, "/mon-compte", session);
		var surB = get(b, "/mon-compte", session);

		assertThat(surA.statusCode()).isEqualTo(200);
		assertThat(surB.statusCode()).isEqualTo(200);
		assertThat(surB.body()).contains("<h1>" + NOM + "</h1>");
		var compte = instanceB.getBean(Comptes.class).parEmail(EMAIL).orElseThrow();
		assertThat(base().sql("select count(*) from spring_session where session_id = ? and principal_name = ?")
			.params(idDeSession(session), compte.id().toString())
			.query(Integer.class)
			.single()).as("session enregistrée dans PostgreSQL").isEqualTo(1);
	}

	@Test
	void seDeconnecterSurUneInstanceFermeLaSessionSurLAutre() throws Exception {
		var session = seConnecter(a);
		var pageSurB = get(b, "/mon-compte", session);
		assertThat(pageSurB.statusCode()).isEqualTo(200);

		var deconnexion = post(b, "/deconnexion", session, Map.of("_csrf", jetonCsrf(pageSurB)));

		assertThat(deconnexion.statusCode()).isEqualTo(302);
		assertThat(destination(deconnexion)).isEqualTo("/connexion?deconnecte");
		var surA = get(a, "/mon-compte", session);
		assertThat(surA.statusCode()).isEqualTo(302);
		assertThat(destination(surA)).isEqualTo("/connexion");
		assertThat(get(b, "/mon-compte", session).statusCode()).isEqualTo(302);
	}

	@Test
	void unCookieDeSessionFalsifieRenvoieALaConnexionSansErreur() throws Exception {
		var session = seConnecter(a);
		var id = idDeSession(session);
		var autreId = id.substring(0, id.length() - 1) + (id.endsWith("0") ? "1" : "0");

		for (var falsifie : new String[] { encoder(autreId), encoder(UUID.randomUUID().toString()), "pas-une-session",
				"%%%", session + "x" }) {
			for (var instance : new String[] { a, b }) {
				var reponse = get(instance, "/mon-compte", falsifie);
				assertThat(reponse.statusCode()).as("cookie %s sur %s", falsifie, instance).isEqualTo(302);
				assertThat(destination(reponse)).as("cookie %s sur %s", falsifie, instance).isEqualTo("/connexion");
				assertThat(get(instance, "/", falsifie).statusCode()).as("accueil avec le cookie %s", falsifie)
					.isEqualTo(200);
			}
		}
		assertThat(get(b, "/mon-compte", session).statusCode()).as("la vraie session reste ouverte").isEqualTo(200);
	}

	@Test
	void unFormulaireEnvoyeSansJetonCsrfEstRefuse() throws Exception {
		var session = seConnecter(a);

		assertThat(post(b, "/deconnexion", session, Map.of()).statusCode()).isEqualTo(403);
		assertThat(post(a, "/mon-compte/nom", session, Map.of("nomAffiche", "Pirate")).statusCode()).isEqualTo(403);
		assertThat(post(b, "/mon-compte/nom", session, Map.of("nomAffiche", "Pirate", "_csrf", "faux")).statusCode())
			.isEqualTo(403);
		var sansSession = get(a, "/connexion", null);
		assertThat(post(a, "/connexion", cookieSession(sansSession), Map.of("email", EMAIL, "motDePasse", MOT_DE_PASSE))
			.statusCode()).isEqualTo(403);

		var page = get(b, "/mon-compte", session);
		assertThat(page.statusCode()).as("toujours connecté·e").isEqualTo(200);
		assertThat(page.body()).contains("<h1>" + NOM + "</h1>");
	}

	@Test
	void lesPagesVuesDansLaMinuteNeReecriventPasLaSessionLesSuivantesRepoussentSonExpiration() throws Exception {
		var session = seConnecter(a);
		var id = idDeSession(session);
		assertThat(get(a, "/mon-compte", session).statusCode()).isEqualTo(200);
		var dernierAcces = dernierAcces(id);

		for (var instance : new String[] { a, b, a }) {
			assertThat(get(instance, "/mon-compte", session).statusCode()).isEqualTo(200);
		}
		assertThat(dernierAcces(id)).as("dernier accès inchangé dans la minute").isEqualTo(dernierAcces);

		var ilYADeuxMinutes = System.currentTimeMillis() - Duration.ofMinutes(2).toMillis();
		base().sql("update spring_session set last_access_time = ? where session_id = ?")
			.params(ilYADeuxMinutes, id)
			.update();
		var avantLaPage = System.currentTimeMillis();
		assertThat(get(b, "/mon-compte", session).statusCode()).isEqualTo(200);
		assertThat(dernierAcces(id)).as("dernier accès écrit après une minute").isGreaterThanOrEqualTo(avantLaPage);
		assertThat(base().sql("select expiry_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single()).as("expiration repoussée d'une demi-heure").isGreaterThanOrEqualTo(avantLaPage + Duration.ofMinutes(30).toMillis());
	}

	@Test
	void unNouveauNomAfficheParaitDansLEnTeteDeToutesLesSessionsDuCompteSurLesDeuxInstances() throws Exception {
		var email = "dominique.renomme@exemple.fr";
		instanceA.getBean(Comptes.class).creerConfirme(email, "Dominique Avant", Optional.of(MOT_DE_PASSE), Set.of());
		var ordinateur = seConnecter(a, email);
		var telephone = seConnecter(b, email);
		assertThat(get(b, "/positionnements", telephone).body()).contains(enTete("Dominique Avant"));

		var page = get(a, "/mon-compte", ordinateur);
		var renommage = post(a, "/mon-compte/nom", ordinateur,
				Map.of("nomAffiche", "Dominique Après", "_csrf", jetonCsrf(page)));

		assertThat(renommage.statusCode()).isEqualTo(302);
		for (var vue : new String[][] { { a, ordinateur }, { b, ordinateur }, { b, telephone }, { a, telephone } }) {
			assertThat(get(vue[0], "/positionnements", vue[1]).body()).as("en-tête sur %s", vue[0])
				.contains(enTete("Dominique Après"))
				.doesNotContain("Dominique Avant");
		}
	}

	private static String enTete(String nom) {
		return "Mon compte <span class=\"nom\">(" + nom + ")</span>";
	}

	private static long dernierAcces(String idDeSession) {
		return base().sql("select last_access_time from spring_session where session_id = ?")
			.param(idDeSession)
			.query(Long.class)
			.single();
	}

	private static JdbcClient base() {
		return JdbcClient.create(instanceB.getBean(javax.sql.DataSource.class));
	}

	/**
	 * Pages loaded at once by one person. Guards against two failures seen before: a pool deadlock
	 * (a request holding a connection while waiting for a second one) and duplicate keys (the requests
	 * that follow a login each adding the new CSRF token to the session with a plain INSERT).
	 */
	@Test
	void desRequetesSimultaneesSurLaMemeSessionSontToutesServiesParLesDeuxInstances() throws Exception {
		var session = seConnecter(a);

		for (var tour = 0; tour < 3; tour++) {
			var reponses = IntStream.range(0, 32)
				.mapToObj(n -> NavigationHttp.CLIENT.sendAsync(requete(n % 2 == 0 ? a : b, "/mon-compte", session).GET().build(),
						BodyHandlers.ofString()))
				.toList();
			for (var reponse : reponses) {
				assertThat(reponse.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			}
		}
	}

	private static ConfigurableApplicationContext demarrer() {
		return new SpringApplicationBuilder(AvaApplication.class).profiles("postgres")
			.registerShutdownHook(false)
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + Prerequis.POSTGRES_URL,
					"--spring.datasource.username=" + Prerequis.POSTGRES_UTILISATEUR,
					"--spring.datasource.password=" + Prerequis.POSTGRES_MOT_DE_PASSE, "--ava.url-publique=https://ava.exemple.fr",
					// A deadlocked pool shows as a 500 within the test's 20 s rather than after 30 s
					"--spring.datasource.hikari.connection-timeout=15000");
	}

	private static String adresse(ConfigurableApplicationContext instance) {
		return "http://127.0.0.1:" + instance.getEnvironment().getRequiredProperty("local.server.port");
	}

	private static String seConnecter(String instance) throws IOException, InterruptedException {
		return seConnecter(instance, EMAIL);
	}

	private static String seConnecter(String instance, String email) throws IOException, InterruptedException {
		return NavigationHttp.seConnecter(instance, email, MOT_DE_PASSE);
	}

}
