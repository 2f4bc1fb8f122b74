package fr.ava.compte;

import static fr.ava.compte.NavigationHttp.destination;
import static fr.ava.compte.NavigationHttp.get;
import static fr.ava.compte.NavigationHttp.idDeSession;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sessions in the embedded database, seen through a real Tomcat and counted by H2 itself
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}): what a logged-in page costs the database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SessionsEnBaseTests {

	private static final String MOT_DE_PASSE = "Tournesol-42-bleu";

	private static final String LECTURE_DE_SESSION = "%FROM SPRING_SESSION S%LEFT JOIN SPRING_SESSION_ATTRIBUTES%";

	private static final String ECRITURE_DE_SESSION = "UPDATE SPRING_SESSION SET%";

	@LocalServerPort
	int port;

	@Autowired
	Comptes comptes;

	@Autowired
	DataSource source;

	@AfterEach
	void arreterLeComptage() {
		base().sql("set query_statistics false").update();
	}

	@Test
	void chaquePageLitSaSessionUneSeuleFoisEtNeLaReecritPasDansLaMinute() throws Exception {
		var session = seConnecter();
		assertThat(get(adresse(), "/positionnements", session).statusCode()).isEqualTo(200);

		base().sql("set query_statistics_max_entries 1000").update();
		base().sql("set query_statistics true").update();
		for (var chemin : new String[] { "/positionnements", "/mon-compte", "/fiches-de-poste/mes-fiches" }) {
			assertThat(get(adresse(), chemin, session).statusCode()).as(chemin).isEqualTo(200);
		}

		assertThat(executions(LECTURE_DE_SESSION)).as("lectures de la session").isEqualTo(3);
		assertThat(executions(ECRITURE_DE_SESSION)).as("écritures de la session").isZero();
	}

	@Test
	void uneSessionEffaceeDeLaBaseNEstPlusServieMemeParLeMemeServeur() throws Exception {
		var session = seConnecter();
		for (var fois = 0; fois < 3; fois++) {
			assertThat(get(adresse(), "/mon-compte", session).statusCode()).isEqualTo(200);
		}

		// What a logout or a password change on another instance does
		base().sql("delete from spring_session where session_id = ?").param(idDeSession(session)).update();

		for (var fois = 0; fois < 5; fois++) {
			var page = get(adresse(), "/mon-compte", session);
			assertThat(page.statusCode()).isEqualTo(302);
			assertThat(destination(page)).isEqualTo("/connexion");
		}
	}

	private String seConnecter() throws Exception {
		var email = "sessions." + UUID.randomUUID() + "@exemple.fr";
		comptes.creerConfirme(email, "Sacha Sessions", Optional.of(MOT_DE_PASSE), Set.of());
		return NavigationHttp.seConnecter(adresse(), email, MOT_DE_PASSE);
	}

	private long executions(String motif) {
		return base().sql("""
				select coalesce(sum(execution_count), 0) from information_schema.query_statistics
				where upper(sql_statement) like ?""").param(motif).query(Long.class).single();
	}

	private JdbcClient base() {
		return JdbcClient.create(source);
	}

	private String adresse() {
		return "http://localhost:" + port;
	}

}
