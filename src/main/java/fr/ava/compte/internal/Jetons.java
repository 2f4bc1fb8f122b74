package fr.ava.compte.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.ava.socle.Secrets;

/**
 * The secrets of the links sent by mail (confirm an address, choose a new password). Only their
 * SHA-256 is stored; a link works once, before it expires.
 */
@Component
public class Jetons {

	public enum Usage {

		CONFIRMATION(Duration.ofHours(48)), REINITIALISATION(Duration.ofHours(1)), CHANGEMENT_EMAIL(Duration.ofHours(48));

		private final Duration validite;

		Usage(Duration validite) {
			this.validite = validite;
		}

	}

	/** What a link, once used, says: whose account, and the new address for a change of address. */
	public record Utilisation(UUID compteId, @Nullable String nouvelEmail) {
	}
	private final JdbcClient jdbc;

	private final Clock horloge;

	Jetons(JdbcClient jdbc, Clock horloge) {
		this.jdbc = jdbc;
		this.horloge = horloge;
	}

	/** A new secret for the account; the previous ones of the same use stop working. */
	public String creer(UUID compteId, Usage usage, @Nullable String nouvelEmail) {
		jdbc.sql("delete from jeton_de_compte where compte_id = ? and usage = ?").params(compteId, usage.name()).update();
		var secret = Secrets.nouveau();
		jdbc.sql("insert into jeton_de_compte (empreinte, compte_id, usage, nouvel_email, expire_le) values (?, ?, ?, ?, ?)")
			.params(Secrets.empreinte(secret), compteId, usage.name(), nouvelEmail,
					OffsetDateTime.now(horloge).plus(usage.validite))
			.update();
		return secret;
	}

	/** Whether a secret would still work, without using it (to show the form it leads to). */
	public boolean estValide(String secret, Usage usage) {
		return jdbc.sql("select count(*) from jeton_de_compte where empreinte = ? and usage = ? and expire_le > ?")
			.params(Secrets.empreinte(secret), usage.name(), OffsetDateTime.now(horloge))
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether a secret would still work and was made for this account: someone else's is left intact. */
	public boolean estA(String secret, Usage usage, UUID compteId) {
		return jdbc.sql("""
				select count(*) from jeton_de_compte
				where empreinte = ? and usage = ? and expire_le > ? and compte_id = ?""")
			.params(Secrets.empreinte(secret), usage.name(), OffsetDateTime.now(horloge), compteId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Uses a secret once: empty if it is unknown, already used, expired or for another use. */
	public Optional<Utilisation> utiliser(String secret, Usage usage) {
		var cle = Secrets.empreinte(secret);
		var maintenant = OffsetDateTime.now(horloge);
		var utilisation = jdbc.sql("select compte_id, nouvel_email, expire_le from jeton_de_compte where empreinte = ? and usage = ?")
			.params(cle, usage.name())
			.query((ligne, n) -> new Valide(ligne.getObject("expire_le", OffsetDateTime.class).isAfter(maintenant),
					new Utilisation(ligne.getObject("compte_id", UUID.class), ligne.getString("nouvel_email"))))
			.optional()
			.filter(Valide::valide)
			.map(Valide::utilisation);
		var supprime = jdbc.sql("delete from jeton_de_compte where empreinte = ?").param(cle).update();
		// Two requests with the same link: only the one that deleted it may use it.
		return supprime == 1 ? utilisation : Optional.empty();
	}

	private record Valide(boolean valide, Utilisation utilisation) {
	}

}
