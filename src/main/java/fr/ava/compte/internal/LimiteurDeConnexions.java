package fr.ava.compte.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.ava.compte.ConnexionFreinee;

/**
 * Slows down, then blocks for a while, the logins from an address, and on an account from an
 * address, after repeated failures. Counted in the database, so that every instance sees the same
 * attempts. Nobody can hold an account back from elsewhere: failures from other addresses only slow
 * the account down from addresses it never logged in from, never block it, and never delay the owner
 * from an address they logged in from before.
 * <p>
 * The addresses an account logged in from are remembered in the database, rather than in a signed
 * cookie: every instance knows them without sharing a key, they go with the account when it is
 * deleted, and "Mes données" shows them. An address unused for {@link #MEMOIRE} is forgotten, and
 * deleted at the account's next login.
 */
@Component
class LimiteurDeConnexions {

	/**
	 * How hard a key is held back: slowed after {@code lent} failures, then for twice as long after
	 * each one, {@code plafond} at most; blocked after {@code bloque}.
	 */
	private record Seuils(int lent, int bloque, Duration plafond) {
	}

	/** One address trying many accounts. */
	private static final Seuils PAR_ADRESSE = new Seuils(10, 30, Duration.ofSeconds(512));

	/** One account tried from one address: a guess, or the owner mistyping. */
	private static final Seuils PAR_COMPTE_ET_ADRESSE = new Seuils(3, 10, Duration.ofSeconds(512));

	/**
	 * One account tried from addresses it never logged in from: a guess spread over many addresses.
	 * Slowed down a minute at most and never blocked, so that the owner keeps a way in even from a new
	 * address; from a known one they do not wait at all.
	 */
	private static final Seuils PAR_COMPTE_DEPUIS_AILLEURS = new Seuils(20, Integer.MAX_VALUE, Duration.ofMinutes(1));

	/** Failures older than this are forgotten; a blocked key waits this long. */
	static final Duration FENETRE = Duration.ofMinutes(15);

	/** How long an address an account logged in from stays known. */
	static final Duration MEMOIRE = Duration.ofDays(90);

	/** The length of the key column. */
	private static final int CLE_AU_PLUS = 300;

	/** The length of the address column of the known addresses (an IPv6 address with its zone). */
	private static final int ADRESSE_AU_PLUS = 64;

	/** An address an account logged in from, and when last. */
	record AdresseConnue(String adresse, Instant derniereConnexion) {
	}

	private final JdbcClient jdbc;

	private final Clock horloge;

	LimiteurDeConnexions(JdbcClient jdbc, Clock horloge) {
		this.jdbc = jdbc;
		this.horloge = horloge;
	}

	/**
	 * A counter's key within its column. No email address is longer than 254 characters (RFC 5321), nor
	 * any network address: a longer text (typed in the login form, or sent in a forwarding header) counts
	 * by its start instead of failing.
	 */
	private static String cle(String genre, String valeur) {
		return genre + debut(valeur, CLE_AU_PLUS - genre.length());
	}

	private static String debut(String valeur, int longueur) {
		return valeur.substring(0, Math.min(valeur.length(), longueur));
	}

	private static String cleDuCompte(String email) {
		return cle("compte:", email);
	}

	private static String cleDeLAdresse(String adresse) {
		return cle("adresse:", adresse);
	}

	private static String cleDuCompteDepuis(String email, String adresse) {
		return cle("compte-adresse:", debut(adresse, ADRESSE_AU_PLUS) + "/" + email);
	}

	/** Refuses an attempt that comes too soon after failures, before any password is checked. */
	void verifier(String email, String adresse) {
		attente(cleDeLAdresse(adresse), PAR_ADRESSE)
			.or(() -> attente(cleDuCompteDepuis(email, adresse), PAR_COMPTE_ET_ADRESSE))
			.or(() -> connue(email, adresse) ? Optional.empty() : attente(cleDuCompte(email), PAR_COMPTE_DEPUIS_AILLEURS))
			.ifPresent(duree -> {
				throw new ConnexionFreinee(duree);
			});
	}

	void echec(String email, String adresse) {
		compter(cleDeLAdresse(adresse), PAR_ADRESSE);
		compter(cleDuCompteDepuis(email, adresse), PAR_COMPTE_ET_ADRESSE);
		if (!connue(email, adresse)) {
			compter(cleDuCompte(email), PAR_COMPTE_DEPUIS_AILLEURS);
		}
	}

	/**
	 * The account and this address start afresh, and the address is now known to the account. The
	 * failures from elsewhere stay counted: the owner's login does not open the way to a guess.
	 */
	void reussite(String email, String adresse) {
		jdbc.sql("delete from echec_de_connexion where cle = ?").param(cleDuCompteDepuis(email, adresse)).update();
		var maintenant = OffsetDateTime.now(horloge);
		var connue = debut(adresse, ADRESSE_AU_PLUS);
		var modifie = jdbc.sql("""
				update adresse_de_connexion set derniere_connexion = ?
				where adresse = ? and compte_id = (select id from compte where email = ?)""")
			.params(maintenant, connue, email)
			.update();
		jdbc.sql("""
				delete from adresse_de_connexion
				where derniere_connexion < ? and compte_id = (select id from compte where email = ?)""")
			.params(maintenant.minus(MEMOIRE), email)
			.update();
		if (modifie == 0) {
			try {
				jdbc.sql("""
						insert into adresse_de_connexion (compte_id, adresse, derniere_connexion)
						select id, ?, ? from compte where email = ?""").params(connue, maintenant, email).update();
			}
			catch (DuplicateKeyException ex) {
				// The same login on another instance at the same moment: the address is known
			}
		}
	}

	/** The addresses the account logged in from, most recent first ("Mes données"). */
	List<AdresseConnue> adressesConnues(UUID compteId) {
		return jdbc.sql("""
				select adresse, derniere_connexion from adresse_de_connexion
				where compte_id = ? order by derniere_connexion desc""")
			.param(compteId)
			.query((ligne, n) -> new AdresseConnue(ligne.getString(1), ligne.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
	}

	private boolean connue(String email, String adresse) {
		return jdbc.sql("""
				select count(*) from adresse_de_connexion a join compte c on c.id = a.compte_id
				where c.email = ? and a.adresse = ? and a.derniere_connexion > ?""")
			.params(email, debut(adresse, ADRESSE_AU_PLUS), OffsetDateTime.now(horloge).minus(MEMOIRE))
			.query(Integer.class)
			.single() > 0;
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
				var possible = dernier.plus(ralentissement(echecs - seuils.lent(), seuils.plafond()));
				return possible.isAfter(maintenant) ? Duration.between(maintenant, possible) : Duration.ZERO;
			})
			.optional()
			.filter(duree -> !duree.isZero());
	}

	/** 2 s after the first failures beyond the threshold, then twice as long each time, up to the ceiling. */
	private static Duration ralentissement(int auDela, Duration plafond) {
		var duree = Duration.ofSeconds(2L << Math.min(auDela, 8));
		return duree.compareTo(plafond) > 0 ? plafond : duree;
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
