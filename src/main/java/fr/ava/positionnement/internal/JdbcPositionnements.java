package fr.ava.positionnement.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.ava.positionnement.Frequence;
import fr.ava.positionnement.Niveau;
import fr.ava.positionnement.Positionnement;
import fr.ava.positionnement.Reponse;
import fr.ava.positionnement.Sens;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Version;

/** Self-assessments in the database; each answer writes only its own columns. */
@Repository
public class JdbcPositionnements {

	private final JdbcClient jdbc;

	JdbcPositionnements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void ajouter(Positionnement positionnement) {
		jdbc.sql("insert into positionnement (id, compte_id, version, cree_le, modifie_le, nom) values (?, ?, ?, ?, ?, ?)")
			.params(positionnement.id(), positionnement.compteId(), positionnement.version().toString(),
					horodatage(positionnement.creeLe()), horodatage(positionnement.modifieLe()), positionnement.nom())
			.update();
		for (var code : positionnement.perimetres()) {
			jdbc.sql("insert into perimetre_de_positionnement (positionnement_id, code) values (?, ?)")
				.params(positionnement.id(), code.valeur())
				.update();
		}
	}

	/** The self-assessment if it belongs to this account; another's is as absent as a missing one. */
	public Optional<Positionnement> de(UUID compteId, UUID id) {
		return entete(compteId, id).map(entete -> complet(entete, true));
	}

	/**
	 * The same without its answers, locked until the transaction ends: the answers to one
	 * self-assessment are then written one request after the other, so that two tabs answering the
	 * same question at once do not both insert its row (on PostgreSQL, the loser's transaction would
	 * be lost with the duplicate key), and none lands after its completion.
	 */
	public Optional<Positionnement> pourRepondre(UUID compteId, UUID id) {
		return entete(compteId, id, " for update").map(entete -> complet(entete, false));
	}

	private Optional<Entete> entete(UUID compteId, UUID id) {
		return entete(compteId, id, "");
	}

	private Optional<Entete> entete(UUID compteId, UUID id, String verrou) {
		return jdbc.sql("select id, compte_id, version, cree_le, modifie_le, termine_le, nom from positionnement where id = ? and compte_id = ?" + verrou)
			.params(id, compteId)
			.query((ligne, n) -> new Entete(ligne.getObject("id", UUID.class), ligne.getObject("compte_id", UUID.class),
					Version.Numero.of(ligne.getString("version")), instant(ligne.getObject("cree_le", OffsetDateTime.class)),
					instant(ligne.getObject("modifie_le", OffsetDateTime.class)),
					ligne.getObject("termine_le", OffsetDateTime.class), ligne.getString("nom")))
			.optional();
	}

	public List<Positionnement> tousDe(UUID compteId) {
		return jdbc.sql("select id from positionnement where compte_id = ? order by cree_le desc")
			.param(compteId)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(id -> de(compteId, id).stream())
			.toList();
	}

	/** The columns of an answer; only these names ever reach the SQL text. */
	public enum Colonne {

		NIVEAU, FREQUENCE, EXEMPLE, SENS, NOTE;

		String nom() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** One column of one answer, under the lock {@link #pourRepondre} takes. */
	public void repondre(UUID id, Code code, Colonne colonne, @Nullable Object valeur, Instant le) {
		var maintenant = horodatage(le);
		var modifiees = jdbc.sql("update reponse_de_positionnement set " + colonne.nom() + " = ?, modifie_le = ? where positionnement_id = ? and code = ?")
			.params(valeur, maintenant, id, code.valeur())
			.update();
		if (modifiees == 0) {
			jdbc.sql("insert into reponse_de_positionnement (positionnement_id, code, " + colonne.nom() + ", modifie_le) values (?, ?, ?, ?)")
				.params(id, code.valeur(), valeur, maintenant)
				.update();
		}
		jdbc.sql("update positionnement set modifie_le = ? where id = ?").params(maintenant, id).update();
	}

	public void terminer(UUID id, Instant le) {
		jdbc.sql("update positionnement set termine_le = ?, modifie_le = ? where id = ?")
			.params(horodatage(le), horodatage(le), id)
			.update();
	}

	public void nommer(UUID id, @Nullable String nom) {
		jdbc.sql("update positionnement set nom = ? where id = ?").params(nom, id).update();
	}

	public void supprimer(UUID compteId, UUID id) {
		jdbc.sql("delete from positionnement where id = ? and compte_id = ?").params(id, compteId).update();
	}

	private Positionnement complet(Entete entete, boolean avecReponses) {
		var perimetres = jdbc.sql("select code from perimetre_de_positionnement where positionnement_id = ? order by code")
			.param(entete.id())
			.query((ligne, n) -> Code.of(ligne.getString(1)))
			.list();
		var reponses = new HashMap<Code, Reponse>();
		if (avecReponses) {
			lireLesReponses(entete.id(), reponses);
		}
		return new Positionnement(entete.id(), entete.compteId(), entete.version(), entete.creeLe(), entete.modifieLe(),
				entete.termineLe() == null ? null : entete.termineLe().toInstant(), perimetres, reponses, entete.nom());
	}

	private void lireLesReponses(UUID id, Map<Code, Reponse> reponses) {
		jdbc.sql("select code, niveau, frequence, exemple, sens, note from reponse_de_positionnement where positionnement_id = ?")
			.param(id)
			.query(ligne -> {
				var niveau = ligne.getObject("niveau") == null ? null : Niveau.de(ligne.getInt("niveau")).orElse(null);
				var frequence = ligne.getString("frequence");
				var sens = ligne.getString("sens");
				reponses.put(Code.of(ligne.getString("code")),
						new Reponse(niveau, frequence == null ? null : Frequence.valueOf(frequence), ligne.getString("exemple"),
								sens == null ? null : Sens.valueOf(sens), ligne.getString("note")));
			});
	}

	private record Entete(UUID id, UUID compteId, Version.Numero version, Instant creeLe, Instant modifieLe,
			@Nullable OffsetDateTime termineLe, @Nullable String nom) {
	}

	private static Instant instant(OffsetDateTime date) {
		return date.toInstant();
	}

	private static OffsetDateTime horodatage(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
