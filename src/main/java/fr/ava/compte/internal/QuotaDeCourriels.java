package fr.ava.compte.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At most {@link ComptesSettings#courrielsParHeure()} mails to one mailbox in an hour, counted from
 * the first: every instance shares the count, in the database. The mailbox is the address without
 * its sub-address ({@code camille+n@exemple.fr} is {@code camille@exemple.fr}'s), kept only as a
 * SHA-256 digest.
 */
@Component
class QuotaDeCourriels {

	static final Duration FENETRE = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock horloge;

	private final int parHeure;

	/**
	 * Its own short transaction, committed whatever the caller's becomes: a failed insert aborts a
	 * PostgreSQL transaction, which must not be the caller's.
	 */
	private final TransactionTemplate transaction;

	QuotaDeCourriels(JdbcClient jdbc, Clock horloge, ComptesSettings settings, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.horloge = horloge;
		this.parHeure = settings.courrielsParHeure();
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Takes one mail of the hour for this address; false when the hour's mails are all taken. */
	boolean prendre(String adresse) {
		if (parHeure < 1) {
			return false;
		}
		var cle = boite(adresse);
		try {
			return Boolean.TRUE.equals(transaction.execute(etat -> prendreDans(cle)));
		}
		catch (DuplicateKeyException ex) {
			// Another instance counted the first mail of this address at the same moment: count again
			return Boolean.TRUE.equals(transaction.execute(etat -> prendreDans(cle)));
		}
	}

	private boolean prendreDans(String cle) {
		var maintenant = OffsetDateTime.now(horloge);
		if (prendreSurLaLigne(cle, maintenant)) {
			return true;
		}
		var existe = jdbc.sql("select count(*) from courriels_par_adresse where cle = ?").param(cle).query(Integer.class).single() > 0;
		if (existe) {
			// Full, or counted by another instance since the update: once more decides
			return prendreSurLaLigne(cle, maintenant);
		}
		jdbc.sql("insert into courriels_par_adresse (cle, depuis, envois) values (?, ?, 1)").params(cle, maintenant).update();
		return true;
	}

	/** One more mail on the address's row, in a new hour if the last one is over; false if the row is full or missing. */
	private boolean prendreSurLaLigne(String cle, OffsetDateTime maintenant) {
		var oubli = maintenant.minus(FENETRE);
		return jdbc.sql("""
				update courriels_par_adresse
				set envois = case when depuis < ? then 1 else envois + 1 end,
				    depuis = case when depuis < ? then ? else depuis end
				where cle = ? and (depuis < ? or envois < ?)""")
			.params(oubli, oubli, maintenant, cle, oubli, parHeure)
			.update() == 1;
	}

	/** The digest of the mailbox: lower case, without what follows a "+" in the local part. */
	static String boite(String adresse) {
		var email = adresse.strip().toLowerCase(Locale.ROOT);
		var arobase = email.lastIndexOf('@');
		var plus = email.indexOf('+');
		var boite = plus >= 0 && plus < arobase ? email.substring(0, plus) + email.substring(arobase) : email;
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(boite.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
