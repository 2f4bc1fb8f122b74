package fr.ava.referentiel.internal;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.ava.Prerequis;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Version;

/** The migrations and the repository on PostgreSQL, from an empty schema, with the "postgres" profile. */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIf("fr.ava.Prerequis#postgresql")
class PostgresqlTests {

	@Autowired
	JdbcReferentiels referentiels;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void basePostgresql(DynamicPropertyRegistry proprietes) {
		Prerequis.basePostgresql(proprietes);
	}

	@BeforeAll
	static void partirDUnSchemaVide() throws SQLException {
		try (var connexion = DriverManager.getConnection(Prerequis.POSTGRES_URL, Prerequis.POSTGRES_UTILISATEUR,
				Prerequis.POSTGRES_MOT_DE_PASSE); var requete = connexion.createStatement()) {
			requete.execute("drop schema if exists public cascade");
			requete.execute("create schema public");
		}
	}

	@Test
	void appliqueLesMigrationsEtChargeLaVersionUnPointZero() {
		assertThat(jdbc.sql("select version from flyway_schema_history where success").query(String.class).list())
			.contains("1");
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		assertThat(referentiels.versionsPubliees()).extracting(version -> version.numero().toString())
			.containsExactly("1.0");
	}

	@Test
	void relitDePostgresqlExactementLeFichierCanonique() {
		var fichier = new FichierReferentiel().lire(new ClassPathResource("referentiel/referentiel-1.0.yaml"));

		var relue = referentiels.publiee(Version.Numero.of("1.0"));

		assertThat(relue.noeuds()).isEqualTo(fichier.noeuds());
		assertThat(relue.version().publieeLe()).isNotNull();
	}

	@Test
	void deuxInstancesQuiDemarrentEnsembleEnregistrentLaVersionUneSeuleFoisSansErreur() throws Exception {
		var fichier = new FichierReferentiel().lire(new ClassPathResource("referentiel/referentiel-1.0.yaml"));
		var nouvelle = Referentiel.depuis(Version.brouillon(Version.Numero.of("9.9")), fichier.titre(), fichier.sousTitre(),
				fichier.noeuds());
		var ensemble = new CyclicBarrier(2);
		Callable<Boolean> demarrage = () -> {
			ensemble.await();
			return referentiels.enregistrerSiAbsente(nouvelle);
		};
		var instances = Executors.newFixedThreadPool(2);
		try {
			var premiere = instances.submit(demarrage);
			var seconde = instances.submit(demarrage);

			assertThat(List.of(premiere.get(30, SECONDS), seconde.get(30, SECONDS))).containsExactlyInAnyOrder(true, false);
			assertThat(jdbc.sql("select count(*) from element_referentiel where version = '9.9'").query(Integer.class).single())
				.isEqualTo(fichier.noeuds().size());
		}
		finally {
			instances.shutdownNow();
			jdbc.sql("delete from element_referentiel where version = '9.9'").update();
			jdbc.sql("delete from version_referentiel where numero = '9.9'").update();
		}
	}

	@Test
	void neChargePasDeuxFoisLaMemeVersion() {
		var fichier = new FichierReferentiel().lire(new ClassPathResource("referentiel/referentiel-1.0.yaml"));
		var avant = jdbc.sql("select count(*) from element_referentiel").query(Integer.class).single();

		assertThat(referentiels.enregistrerSiAbsente(fichier)).isFalse();
		assertThat(jdbc.sql("select count(*) from element_referentiel").query(Integer.class).single()).isEqualTo(avant);
	}

}
