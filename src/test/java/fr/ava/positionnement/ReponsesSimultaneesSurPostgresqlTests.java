package fr.ava.positionnement;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.ava.Prerequis;
import fr.ava.compte.Comptes;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;

/**
 * Two tabs sending the first answers to the same question at the very same moment, on PostgreSQL,
 * where a failed statement spoils the rest of its transaction (H2 only undoes the statement).
 */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIf("fr.ava.Prerequis#postgresql")
class ReponsesSimultaneesSurPostgresqlTests {

	@Autowired
	Positionnements positionnements;

	@Autowired
	Comptes comptes;

	@DynamicPropertySource
	static void basePostgresql(DynamicPropertyRegistry proprietes) {
		Prerequis.basePostgresql(proprietes);
	}

	@Test
	void deuxOngletsQuiRepondentEnMemeTempsALaMemeQuestionGardentLesDeuxReponses() throws Exception {
		var auteur = comptes.creerConfirme("onglets." + UUID.randomUUID() + "@exemple.fr", "Personne à deux onglets",
				Optional.of("Positionnement-Test-2026"), Set.of()).id();
		var positionnement = positionnements.commencer(auteur, Set.of(Code.of("FT01")));
		var activites = positionnements.perimetresDe(positionnement)
			.stream()
			.flatMap(perimetre -> perimetre.activites().stream())
			.map(Element::code)
			.toList();

		var onglets = Executors.newFixedThreadPool(2);
		try {
			for (var activite : activites) {
				var ensemble = new CyclicBarrier(2);
				var envois = new ArrayList<java.util.concurrent.Future<?>>();
				envois.add(onglets.submit(() -> {
					ensemble.await();
					positionnements.frequence(auteur, positionnement.id(), activite, Frequence.SOUVENT);
					return null;
				}));
				envois.add(onglets.submit(() -> {
					ensemble.await();
					positionnements.exemple(auteur, positionnement.id(), activite, "Exemple pour " + activite.valeur());
					return null;
				}));
				for (var envoi : envois) {
					envoi.get(30, SECONDS);
				}
			}
		}
		finally {
			onglets.shutdownNow();
		}

		var relu = positionnements.de(auteur, positionnement.id());
		assertThat(activites).hasSizeGreaterThan(10).allSatisfy(activite -> {
			assertThat(relu.reponse(activite).frequence()).as("fréquence de %s", activite).isEqualTo(Frequence.SOUVENT);
			assertThat(relu.reponse(activite).exemple()).as("exemple de %s", activite)
				.isEqualTo("Exemple pour " + activite.valeur());
		});
	}

}
