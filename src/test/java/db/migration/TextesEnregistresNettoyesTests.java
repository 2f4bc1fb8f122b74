package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import fr.ava.Prerequis;

/**
 * Migration 8 on a database whose texts were stored before AVA cleaned what enters: rows holding
 * invisible characters in every user text column, on H2 and on PostgreSQL (which never stored a NUL
 * nor a lone surrogate).
 */
class TextesEnregistresNettoyesTests {

	private static final String SCHEMA_POSTGRESQL = "nettoyage_v8";

	private static final String PROPRE = "Chargée de mission vie";

	private static final String PROPRE_SUR_PLUSIEURS_LIGNES = "Chargée\nde mission\tvie";

	@Test
	void repareLesTextesSurH2() throws SQLException {
		try (var connexion = DriverManager.getConnection("jdbc:h2:mem:nettoyage-v8;DB_CLOSE_DELAY=-1", "ava", "")) {
			reparer(connexion, null, " \u0000Charge\u0301e\u000Bde\u001F mis\uFFFEsion\uD800\tvie ");
		}
	}

	@Test
	@EnabledIf("fr.ava.Prerequis#postgresql")
	void repareLesTextesSurPostgresql() throws SQLException {
		try (var connexion = DriverManager.getConnection(Prerequis.POSTGRES_URL, Prerequis.POSTGRES_UTILISATEUR,
				Prerequis.POSTGRES_MOT_DE_PASSE)) {
			connexion.createStatement().execute("drop schema if exists " + SCHEMA_POSTGRESQL + " cascade");
			try {
				reparer(connexion, SCHEMA_POSTGRESQL, " Charge\u0301e\u000Bde\u001F mis\uFFFEsion\uFDD0\tvie ");
			}
			finally {
				connexion.setSchema("public");
				connexion.createStatement().execute("drop schema if exists " + SCHEMA_POSTGRESQL + " cascade");
			}
		}
	}

	private static void reparer(Connection connexion, @Nullable String schema, String sale) throws SQLException {
		var source = new SingleConnectionDataSource(connexion, true);
		migrerJusqua(source, schema, "6");
		if (schema != null) {
			connexion.setSchema(schema);
		}
		var jdbc = JdbcClient.create(source);
		var compte = UUID.randomUUID();
		var positionnement = UUID.randomUUID();
		var fiche = UUID.randomUUID();
		var corpus = UUID.randomUUID();
		jdbc.sql("insert into compte (id, email, nom_affiche, email_confirme, cree_le) values (?, 'a@exemple.fr', ?, true, current_timestamp)")
			.params(compte, sale)
			.update();
		jdbc.sql("insert into structure (id, type, nom) values (?, 'ASSOCIATION', ?)").params(UUID.randomUUID(), sale).update();
		jdbc.sql("insert into positionnement (id, compte_id, version, cree_le, modifie_le) values (?, ?, '1.0', current_timestamp, current_timestamp)")
			.params(positionnement, compte)
			.update();
		jdbc.sql("insert into reponse_de_positionnement (positionnement_id, code, exemple, note, modifie_le) values (?, 'M1-A01', ?, ?, current_timestamp)")
			.params(positionnement, sale, sale)
			.update();
		jdbc.sql("insert into reponse_de_positionnement (positionnement_id, code, exemple, modifie_le) values (?, 'M1-A02', 'Déjà propre', current_timestamp)")
			.param(positionnement)
			.update();
		jdbc.sql("""
				insert into fiche_de_poste (id, compte_id, version, cree_le, modifie_le, type_d_employeur, type_de_territoire,
				nom_employeur, intitule, cadre_d_emplois, convention_collective, horaires, deplacements, permanences,
				rattachement, relations) values (?, ?, '1.0', current_timestamp, current_timestamp, 'COMMUNE', 'RURAL',
				?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(fiche, compte, sale, sale, sale, sale, sale, sale, sale, sale, sale).update();
		jdbc.sql("insert into element_de_fiche (fiche_id, nature, rang, texte) values (?, 'ACTIVITE', 0, ?)").params(fiche, sale).update();
		jdbc.sql("insert into analyse_de_fiche (id, compte_id, nom, version, texte, source, enregistree_le) values (?, ?, ?, '1.0', ?, ?, current_timestamp)")
			.params(UUID.randomUUID(), compte, sale, sale, sale)
			.update();
		jdbc.sql("insert into corpus_de_fiches (id, nom, version, cree_par, cree_le) values (?, ?, '1.0', ?, current_timestamp)")
			.params(corpus, sale, compte)
			.update();
		jdbc.sql("""
				insert into fiche_du_corpus (id, corpus_id, nom_du_fichier, employeur, territoire, codes, refus, ajoutee_le)
				values (?, ?, ?, 'COMMUNE', 'RURAL', '', ?, current_timestamp)""")
			.params(UUID.randomUUID(), corpus, sale, sale)
			.update();

		migrerJusqua(source, schema, "8");

		assertThat(texte(jdbc, "select nom_affiche from compte")).isEqualTo(PROPRE);
		assertThat(texte(jdbc, "select nom from structure")).isEqualTo(PROPRE);
		assertThat(texte(jdbc, "select exemple || '|' || note from reponse_de_positionnement where code = 'M1-A01'"))
			.isEqualTo(PROPRE_SUR_PLUSIEURS_LIGNES + "|" + PROPRE_SUR_PLUSIEURS_LIGNES);
		assertThat(texte(jdbc, "select exemple from reponse_de_positionnement where code = 'M1-A02'")).isEqualTo("Déjà propre");
		assertThat(jdbc.sql("select * from fiche_de_poste").query().singleRow()).containsEntry("nom_employeur", PROPRE)
			.containsEntry("intitule", PROPRE)
			.containsEntry("cadre_d_emplois", PROPRE)
			.containsEntry("convention_collective", PROPRE)
			.containsEntry("horaires", PROPRE)
			.containsEntry("deplacements", PROPRE)
			.containsEntry("permanences", PROPRE)
			.containsEntry("rattachement", PROPRE)
			.containsEntry("relations", PROPRE_SUR_PLUSIEURS_LIGNES);
		assertThat(texte(jdbc, "select texte from element_de_fiche")).isEqualTo(PROPRE);
		assertThat(texte(jdbc, "select nom || '|' || texte || '|' || source from analyse_de_fiche"))
			.isEqualTo(PROPRE + "|" + PROPRE_SUR_PLUSIEURS_LIGNES + "|" + PROPRE);
		assertThat(texte(jdbc, "select nom from corpus_de_fiches")).isEqualTo(PROPRE);
		assertThat(texte(jdbc, "select nom_du_fichier || '|' || refus from fiche_du_corpus")).isEqualTo(PROPRE + "|" + PROPRE);
	}

	private static void migrerJusqua(SingleConnectionDataSource source, @Nullable String schema, String version) {
		var configuration = Flyway.configure().dataSource(source).locations("classpath:db/migration").target(version);
		(schema == null ? configuration : configuration.schemas(schema)).load().migrate();
	}

	private static String texte(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(String.class).single();
	}

}
