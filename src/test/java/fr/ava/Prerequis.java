package fr.ava;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Tests that need a program from outside the build (Chromium, a PostgreSQL server) run where it is
 * present, and always in CI ({@code CI=true}), where its absence must fail the build rather than
 * skip the test. Use with {@code @EnabledIf("fr.ava.Prerequis#chromium")}.
 */
public final class Prerequis {

	public static final String CHROMIUM = System.getenv().getOrDefault("AVA_CHROMIUM", "/usr/bin/chromium");

	public static final String CHROMEDRIVER = System.getenv().getOrDefault("AVA_CHROMEDRIVER", "/usr/bin/chromedriver");

	public static final String POSTGRES_URL = System.getenv()
		.getOrDefault("AVA_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/ava_test");

	public static final String POSTGRES_UTILISATEUR = System.getenv().getOrDefault("AVA_TEST_POSTGRES_USER", "ava");

	public static final String POSTGRES_MOT_DE_PASSE = System.getenv().getOrDefault("AVA_TEST_POSTGRES_PASSWORD", "ava");

	private Prerequis() {
	}

	public static boolean enCI() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	public static boolean chromium() {
		return enCI() || (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)));
	}

	public static boolean postgresql() {
		if (enCI()) {
			return true;
		}
		try (var connexion = DriverManager.getConnection(POSTGRES_URL, POSTGRES_UTILISATEUR, POSTGRES_MOT_DE_PASSE)) {
			return connexion.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Points a test's application at the test PostgreSQL, from a {@code @DynamicPropertySource}, with
	 * the public address that the {@code postgres} profile (a real deployment) requires.
	 */
	public static void basePostgresql(DynamicPropertyRegistry proprietes) {
		proprietes.add("ava.url-publique", () -> "https://ava.exemple.fr");
		proprietes.add("spring.datasource.url", () -> POSTGRES_URL);
		proprietes.add("spring.datasource.username", () -> POSTGRES_UTILISATEUR);
		proprietes.add("spring.datasource.password", () -> POSTGRES_MOT_DE_PASSE);
	}

}
