package fr.ava.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class VersionTests {

	@Test
	void unBrouillonPublieDevientImmuableEtDate() {
		var le = Instant.parse("2026-11-26T10:00:00Z");
		var publiee = Version.brouillon(Version.Numero.of("1.1")).publier(le);

		assertThat(publiee.estPubliee()).isTrue();
		assertThat(publiee.publieeLe()).isEqualTo(le);
		assertThatIllegalStateException().isThrownBy(() -> publiee.publier(le.plusSeconds(60)))
			.withMessageContaining("déjà publiée");
	}

	@Test
	void compareLesNumerosCommeDesNombres() {
		assertThat(Version.Numero.of("1.10")).isGreaterThan(Version.Numero.of("1.9"));
		assertThat(Version.Numero.of("2.0")).isGreaterThan(Version.Numero.of("1.10"));
		assertThat(Version.Numero.of("1.0")).hasToString("1.0");
	}

	@Test
	void refuseUnNumeroQuiNEstPasDeLaFormeMajeurPointMineur() {
		for (var invalide : new String[] { "1", "abc", "1.0.0", "-1.0", "", "1.x" }) {
			assertThatThrownBy(() -> Version.Numero.of(invalide)).isInstanceOf(NumeroDeVersionInvalide.class);
		}
	}

}
