package fr.ava.fichedeposte.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.ava.fichedeposte.AnalyseEnregistree;

/** Kept analyses in the database; another person's is as absent as a missing one. */
@Repository
public class JdbcAnalyses {

	private static final String COLONNES = "id, compte_id, nom, version, texte, source, enregistree_le";

	private final JdbcClient jdbc;

	JdbcAnalyses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void ajouter(AnalyseEnregistree analyse) {
		jdbc.sql("insert into analyse_de_fiche (" + COLONNES + ") values (?, ?, ?, ?, ?, ?, ?)")
			.params(analyse.id(), analyse.compteId(), analyse.nom(), analyse.version(), analyse.texte(), analyse.source(),
					analyse.enregistreeLe().atOffset(ZoneOffset.UTC))
			.update();
	}

	public List<AnalyseEnregistree> toutesDe(UUID compteId) {
		return jdbc.sql("select " + COLONNES + " from analyse_de_fiche where compte_id = ? order by enregistree_le desc")
			.param(compteId)
			.query(JdbcAnalyses::analyse)
			.list();
	}

	public Optional<AnalyseEnregistree> de(UUID compteId, UUID id) {
		return jdbc.sql("select " + COLONNES + " from analyse_de_fiche where id = ? and compte_id = ?")
			.params(id, compteId)
			.query(JdbcAnalyses::analyse)
			.optional();
	}

	public boolean supprimer(UUID compteId, UUID id) {
		return jdbc.sql("delete from analyse_de_fiche where id = ? and compte_id = ?").params(id, compteId).update() == 1;
	}

	private static AnalyseEnregistree analyse(ResultSet ligne, int numero) throws SQLException {
		return new AnalyseEnregistree(ligne.getObject("id", UUID.class), ligne.getObject("compte_id", UUID.class),
				ligne.getString("nom"), ligne.getString("version"), ligne.getString("texte"), ligne.getString("source"),
				ligne.getObject("enregistree_le", OffsetDateTime.class).toInstant());
	}

}
