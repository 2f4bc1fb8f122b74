package fr.ava.recherche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Definition;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Mission;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;
import fr.ava.referentiel.Version;
import fr.ava.referentiel.VersionPubliee;

/** The module alone: a version published elsewhere reaches the search index, after commit, in the background. */
@ApplicationModuleTest
class IndexationDesVersionsPublieesTests {

	private static final Version.Numero NUMERO = Version.Numero.of("9.9");

	/** The module's one need outside itself besides {@link Referentiels}: the addresses it links to. */
	@TestConfiguration
	static class Adresses {

		@Bean
		Permaliens permaliens() {
			return new Permaliens();
		}

	}

	@MockitoBean
	Referentiels referentiels;

	@Autowired
	Recherche recherche;

	@Test
	void indexeUneVersionDesQuElleEstPubliee(Scenario scenario) {
		var referentiel = versionPubliee();
		given(referentiels.publiee(NUMERO)).willReturn(referentiel);
		assertThat(recherche.estIndexee(NUMERO)).isFalse();

		scenario.publish(new VersionPubliee(NUMERO))
			.andWaitForStateChange(() -> recherche.estIndexee(NUMERO))
			.andVerify(indexee -> assertThat(recherche.rechercher(referentiel, "reformulation", 10).total()).isOne());
	}

	private static Referentiel versionPubliee() {
		var mission = new Mission(Code.of("M1"), "organisationnel", "Accompagnement organisationnel", List.of(),
				List.of(Element.of("M1-C01", Nature.COMPETENCE, "Aller vers")),
				List.of(Element.of("M1-A01", Nature.ACTIVITE, "écoute et reformulation des besoins exprimés")));
		return new Referentiel(Version.brouillon(NUMERO).publier(Instant.EPOCH), "Titre", "Sous-titre",
				new Definition(Code.of("DEF"), "Définition", new Definition.Citation(Code.of("DEF-CIT"), "Citation", "Source")),
				List.of(), List.of(mission), List.of(), List.of(), List.of());
	}

}
