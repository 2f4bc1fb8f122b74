package fr.ava.socle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import fr.ava.referentiel.Version;
import fr.ava.referentiel.VersionPubliee;

/**
 * The event publication registry (migration V12): an event published in a transaction is stored with
 * it, once for each listener, and its row goes once the listener has received it after commit; a row left
 * by an instance that stopped before delivering is delivered when the registry resubmits, as at a restart.
 */
@SpringBootTest
class RegistreDesEvenementsTests {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher evenements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications enSouffrance;

	@Test
	void gardeUnEvenementJusquACeQueSesAuditeursLAientRecu() {
		var enAttente = transactions.execute(transaction -> {
			evenements.publishEvent(new VersionPubliee(Version.Numero.of("1.0")));
			return auditeursEnAttente();
		});

		assertThat(enAttente).anyMatch(auditeur -> auditeur.contains("fr.ava.recherche.Recherche.indexer"));
		await().atMost(Duration.ofSeconds(30)).until(() -> auditeursEnAttente().isEmpty());
	}

	@Test
	void delivreAuRedemarrageUnEvenementQueLInstanceArreteeNAvaitPasDelivre() {
		var laissees = transactions.execute(transaction -> {
			evenements.publishEvent(new VersionPubliee(Version.Numero.of("1.0")));
			return publicationsEnAttente();
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> auditeursEnAttente().isEmpty());
		laissees.forEach(publication -> jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
				values (:id, :listener_id, :event_type, :serialized_event, :publication_date, :status, :completion_attempts)""")
			.params(publication)
			.update());
		assertThat(auditeursEnAttente()).hasSameSizeAs(laissees);

		enSouffrance.resubmitIncompletePublications(publication -> true);

		await().atMost(Duration.ofSeconds(30)).until(() -> auditeursEnAttente().isEmpty());
	}

	private List<Map<String, Object>> publicationsEnAttente() {
		return jdbc.sql("""
				select id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts
				from event_publication where event_type = ?""")
			.param(VersionPubliee.class.getName())
			.query()
			.listOfRows()
			.stream()
			.map(RegistreDesEvenementsTests::enMinuscules)
			.toList();
	}

	/** H2 names the columns in capitals, PostgreSQL in small letters. */
	private static Map<String, Object> enMinuscules(Map<String, Object> ligne) {
		var colonnes = new HashMap<String, Object>();
		ligne.forEach((colonne, valeur) -> colonnes.put(colonne.toLowerCase(Locale.ROOT), valeur));
		return colonnes;
	}

	private List<String> auditeursEnAttente() {
		return jdbc.sql("select listener_id from event_publication where event_type = ?")
			.param(VersionPubliee.class.getName())
			.query(String.class)
			.list();
	}

}
