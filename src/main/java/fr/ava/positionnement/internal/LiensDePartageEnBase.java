package fr.ava.positionnement.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.ava.positionnement.Partages.LienDePartage;
import fr.ava.socle.Secrets;

/** The secret links to a self-assessment, as stored: only the SHA-256 of their secret. */
@Component
public class LiensDePartageEnBase {

	/** The self-assessment a link opens, and its author. */
	public record Ouvert(UUID positionnementId, UUID compteId) {
	}

	private final JdbcClient jdbc;

	LiensDePartageEnBase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void creer(UUID id, UUID positionnementId, String secret, Instant creeLe, Instant expireLe) {
		jdbc.sql("insert into lien_de_partage (id, positionnement_id, empreinte, cree_le, expire_le, revoque) values (?, ?, ?, ?, ?, false)")
			.params(id, positionnementId, Secrets.empreinte(secret), horodatage(creeLe), horodatage(expireLe))
			.update();
	}

	/** @return whether the self-assessment had this link */
	public boolean revoquer(UUID positionnementId, UUID lienId) {
		return jdbc.sql("update lien_de_partage set revoque = true where id = ? and positionnement_id = ?")
			.params(lienId, positionnementId)
			.update() > 0;
	}

	/** The links of a self-assessment, latest first, each said expired or not at this instant. */
	public List<LienDePartage> de(UUID positionnementId, Instant maintenant) {
		return jdbc.sql("select id, cree_le, expire_le, revoque from lien_de_partage where positionnement_id = ? order by cree_le desc")
			.param(positionnementId)
			.query((ligne, n) -> {
				var expireLe = ligne.getObject("expire_le", OffsetDateTime.class).toInstant();
				return new LienDePartage(ligne.getObject("id", UUID.class),
						ligne.getObject("cree_le", OffsetDateTime.class).toInstant(), expireLe, ligne.getBoolean("revoque"),
						!expireLe.isAfter(maintenant));
			})
			.list();
	}

	/** What a secret opens at this instant: nothing once revoked or expired. */
	public Optional<Ouvert> ouvrir(String secret, Instant maintenant) {
		return jdbc.sql("""
				select p.id, p.compte_id from lien_de_partage l join positionnement p on p.id = l.positionnement_id
				where l.empreinte = ? and l.revoque = false and l.expire_le > ?""")
			.params(Secrets.empreinte(secret), horodatage(maintenant))
			.query((ligne, n) -> new Ouvert(ligne.getObject("id", UUID.class), ligne.getObject("compte_id", UUID.class)))
			.optional();
	}

	private static OffsetDateTime horodatage(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
