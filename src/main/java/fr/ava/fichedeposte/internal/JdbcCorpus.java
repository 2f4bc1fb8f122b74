package fr.ava.fichedeposte.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.ava.fichedeposte.CorpusDeFiches;
import fr.ava.fichedeposte.FicheDuCorpus;
import fr.ava.fichedeposte.TypeDEmployeur;
import fr.ava.fichedeposte.TypeDeTerritoire;

/** Corpora and their files' findings in the database. */
@Repository
public class JdbcCorpus {

	private static final String CORPUS = "select c.id, c.nom, c.version, c.cree_le, "
			+ "(select count(*) from fiche_du_corpus f where f.corpus_id = c.id) as fiches from corpus_de_fiches c";

	private final JdbcClient jdbc;

	JdbcCorpus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void creer(CorpusDeFiches corpus, UUID creePar) {
		jdbc.sql("insert into corpus_de_fiches (id, nom, version, cree_par, cree_le) values (?, ?, ?, ?, ?)")
			.params(corpus.id(), corpus.nom(), corpus.version(), creePar, corpus.creeLe().atOffset(ZoneOffset.UTC))
			.update();
	}

	public void ajouter(UUID corpusId, List<FicheDuCorpus> fiches, Instant le) {
		for (var fiche : fiches) {
			jdbc.sql("insert into fiche_du_corpus (id, corpus_id, nom_du_fichier, employeur, territoire, codes, refus, ajoutee_le) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), corpusId, fiche.nomDuFichier(), fiche.employeur().name(), fiche.territoire().name(),
						String.join(" ", fiche.codes().stream().sorted().toList()), fiche.refus(), le.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Most recent first. */
	public List<CorpusDeFiches> tous() {
		return jdbc.sql(CORPUS + " order by c.cree_le desc").query(JdbcCorpus::corpus).list();
	}

	public Optional<CorpusDeFiches> de(UUID id) {
		return jdbc.sql(CORPUS + " where c.id = ?").param(id).query(JdbcCorpus::corpus).optional();
	}

	public List<FicheDuCorpus> fiches(UUID corpusId) {
		return jdbc.sql("select nom_du_fichier, employeur, territoire, codes, refus from fiche_du_corpus "
				+ "where corpus_id = ? order by ajoutee_le, nom_du_fichier")
			.param(corpusId)
			.query((ligne, n) -> new FicheDuCorpus(ligne.getString("nom_du_fichier"),
					TypeDEmployeur.valueOf(ligne.getString("employeur")), TypeDeTerritoire.valueOf(ligne.getString("territoire")),
					Arrays.stream(ligne.getString("codes").split(" ")).filter(code -> !code.isEmpty()).collect(Collectors.toSet()),
					ligne.getString("refus")))
			.list();
	}

	public boolean supprimer(UUID id) {
		return jdbc.sql("delete from corpus_de_fiches where id = ?").param(id).update() == 1;
	}

	private static CorpusDeFiches corpus(ResultSet ligne, int numero) throws SQLException {
		return new CorpusDeFiches(ligne.getObject("id", UUID.class), ligne.getString("nom"), ligne.getString("version"),
				ligne.getObject("cree_le", OffsetDateTime.class).toInstant(), ligne.getInt("fiches"));
	}

}
