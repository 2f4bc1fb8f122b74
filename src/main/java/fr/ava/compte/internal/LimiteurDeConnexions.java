package fr.ava.compte.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.ava.compte.ConnexionFreinee;

/**
 * Slows down, then blocks for a while, the logins of an account or from an address after repeated
 * failures. Counted in the database, so that every instance sees the same attempts.
 */
@Component
class LimiteurDeConnexions {

	/** How hard a key is held back: after {@code lent} failures, then {@code bloque} failures. */
	private record Seuils(int lent, int bloque) {
	}

	private static final Seuils PAR_COMPTE = new Seuils(3, 10);

	private static final Seuils PAR_ADRESSE = new Seuils(10, 30);

	/** Failures older than this are forgotten; a blocked key waits this long. */
	static final Duration FENETRE = Duration.ofMinutes(15);

	/** The length of the key column. */
	private static final int CLE_AU_PLUS = 300;

	private final JdbcClient jdbc;

	private final Clock horloge;

	LimiteurDeConnexions(JdbcClient jdbc, Clock horloge) {
		this.jdbc = jdbc;
		this.horloge = horloge;
	}

	private static String cleDuCompte(String email) {
		return cle("compte:", email);
	}

	/**
	 * A counter's key within its column. No email address is longer than 254 characters (RFC 5321), nor
	 * any network address: a longer text (typed in the login form, or sent in a forwarding header) counts
	 * by its start instead of failing.
	 */
	private static String cle(String genre, String valeur) {
		return genre + valeur.substring(0, Math.min(valeur.length(), CLE_AU_PLUS - genre.length()));
	}

	/** Refuses an attempt that comes too soon after failures, before any password is checked. */
	void verifier(String email, @Nullable String adresse) {
		attente(cleDuCompte(email), PAR_COMPTE).or(() -> adresse == null ? Optional.empty()
				: attente(cle("adresse:", adresse), PAR_ADRESSE))
			.ifPresent(duree -> {
				throw new ConnexionFreinee(duree);
			});
	}

	void echec(String email, @Nullable String adresse) {
		compter(cleDuCompte(email), PAR_COMPTE);
		if (adresse != null) {
			compter(cle("adresse:", adresse), PAR_ADRESSE);
		}
	}

	void reussite(String email) {
		jdbc.sql("delete from echec_de_connexion where cle = ?").param(cleDuCompte(email)).update();
	}

	private Optional<Duration> attente(String cle, Seuils seuils) {
		var maintenant = OffsetDateTime.now(horloge);
		return jdbc.sql("select echecs, dernier_echec, bloque_jusqu_a from echec_de_connexion where cle = ?")
			.param(cle)
			.query((ligne, n) -> {
				var bloque = ligne.getObject("bloque_jusqu_a", OffsetDateTime.class);
				if (bloque != null && bloque.isAfter(maintenant)) {
					return Duration.between(maintenant, bloque);
				}
				var echecs = ligne.getInt("echecs");
				var dernier = ligne.getObject("dernier_echec", OffsetDateTime.class);
				if (echecs < seuils.lent() || dernier.plus(FENETRE).isBefore(maintenant)) {
					return Duration.ZERO;
				}
				var possible = dernier.plus(ralentissement(echecs - seuils.lent()));
				return possible.isAfter(maintenant) ? Duration.between(maintenant, possible) : Duration.ZERO;
			})
			.optional()
			.filter(duree -> !duree.isZero());
	}

	/** 2 s after the first failures beyond the threshold, then twice as long each time. */
	private static Duration ralentissement(int auDela) {
		return Duration.ofSeconds(2L << Math.min(auDela, 8));
	}

	private void compter(String cle, Seuils seuils) {
		var maintenant = OffsetDateTime.now(horloge);
		var oubli = maintenant.minus(FENETRE);
		var modifie = jdbc.sql("""
				update echec_de_connexion
				set echecs = case when dernier_echec < ? then 1 else echecs + 1 end, dernier_echec = ?
				where cle = ?""").params(oubli, maintenant, cle).update();
		if (modifie == 0) {
			try {
				jdbc.sql("insert into echec_de_connexion (cle, echecs, dernier_echec) values (?, 1, ?)")
					.params(cle, maintenant)
					.update();
			}
			catch (DuplicateKeyException ex) {
				compter(cle, seuils);
				return;
			}
		}
		jdbc.sql("update echec_de_connexion set bloque_jusqu_a = ? where cle = ? and echecs >= ?")
			.params(maintenant.plus(FENETRE), cle, seuils.bloque())
			.update();
	}

}
