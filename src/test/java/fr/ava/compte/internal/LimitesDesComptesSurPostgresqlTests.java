package fr.ava.compte.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.ava.Prerequis;
import fr.ava.compte.Comptes;
import fr.ava.compte.ConnexionFreinee;
import fr.ava.compte.TropDeCourriels;

/**
 * The limits of accounts on PostgreSQL, where several instances share them: mails per address and
 * per hour, counted once each even when asked at the same moment, and the addresses an account
 * logged in from.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIf("fr.ava.Prerequis#postgresql")
class LimitesDesComptesSurPostgresqlTests {

	private static final String MOT_DE_PASSE = "Limites-Postgres-2026";

	@Autowired
	QuotaDeCourriels quota;

	@Autowired
	LimiteurDeConnexions limiteur;

	@Autowired
	Comptes comptes;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void basePostgresql(DynamicPropertyRegistry proprietes) {
		Prerequis.basePostgresql(proprietes);
	}

	@Test
	void cinqCourrielsParAdresseEtParHeureMemeDemandesEnMemeTemps() throws Exception {
		var adresse = "quota-" + UUID.randomUUID() + "@exemple.fr";
		var taches = new ArrayList<Callable<Boolean>>();
		for (int n = 0; n < 12; n++) {
			taches.add(() -> quota.prendre(adresse));
		}
		var executeur = Executors.newFixedThreadPool(6);
		var pris = 0;
		try {
			for (Future<Boolean> resultat : executeur.invokeAll(taches)) {
				pris += resultat.get() ? 1 : 0;
			}
		}
		finally {
			executeur.shutdown();
		}

		assertThat(pris).isEqualTo(5);
		assertThat(quota.prendre(adresse.replace("@", "+autre@"))).as("une sous-adresse arrive dans la même boîte").isFalse();
	}

	@Test
	void leMotDePasseOubliePourUneAdresseSansCompteEstRefuseAuSixiemeDansLHeure() {
		var adresse = "oubli-" + UUID.randomUUID() + "@exemple.fr";
		for (int n = 1; n <= 5; n++) {
			assertThatCode(() -> comptes.demanderReinitialisation(adresse)).doesNotThrowAnyException();
		}
		assertThatThrownBy(() -> comptes.demanderReinitialisation(adresse)).isInstanceOf(TropDeCourriels.class);
	}

	@Test
	void leTitulaireDepuisUneAdresseConnueNAttendPasApresDesEchecsVenusDAilleurs() {
		var email = "limite-" + UUID.randomUUID() + "@exemple.fr";
		var compte = comptes.creerConfirme(email, "Dominique Limite", Optional.of(MOT_DE_PASSE), Set.of());
		limiteur.reussite(email, "192.0.2.10");
		limiteur.reussite(email, "192.0.2.10");
		assertThat(limiteur.adressesConnues(compte.id())).singleElement()
			.satisfies(connue -> assertThat(connue.adresse()).isEqualTo("192.0.2.10"));

		for (int n = 1; n <= 20; n++) {
			limiteur.echec(email, "198.51.100." + n);
		}
		jdbc.sql("update echec_de_connexion set dernier_echec = current_timestamp + interval '30 seconds' where cle = ?")
			.param("compte:" + email)
			.update();

		assertThatThrownBy(() -> limiteur.verifier(email, "198.51.100.200")).isInstanceOf(ConnexionFreinee.class);
		assertThatCode(() -> limiteur.verifier(email, "192.0.2.10")).doesNotThrowAnyException();
	}

	@Test
	void uneAdresseInutiliseeDepuis90JoursEstOublieeEtEffaceeALaConnexionSuivante() {
		var email = "oubli-adresse-" + UUID.randomUUID() + "@exemple.fr";
		var compte = comptes.creerConfirme(email, "Dominique Oubli", Optional.of(MOT_DE_PASSE), Set.of());
		limiteur.reussite(email, "192.0.2.20");
		jdbc.sql("update adresse_de_connexion set derniere_connexion = current_timestamp - interval '91 days' where compte_id = ?")
			.param(compte.id())
			.update();
		for (int n = 1; n <= 20; n++) {
			limiteur.echec(email, "198.51.100." + n);
		}
		jdbc.sql("update echec_de_connexion set dernier_echec = current_timestamp + interval '30 seconds' where cle = ?")
			.param("compte:" + email)
			.update();
		assertThatThrownBy(() -> limiteur.verifier(email, "192.0.2.20")).as("plus connue").isInstanceOf(ConnexionFreinee.class);

		limiteur.reussite(email, "192.0.2.21");
		assertThat(limiteur.adressesConnues(compte.id())).extracting(LimiteurDeConnexions.AdresseConnue::adresse)
			.containsExactly("192.0.2.21");
	}

}
