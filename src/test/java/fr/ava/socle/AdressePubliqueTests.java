package fr.ava.socle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class AdressePubliqueTests {

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(AvecAdressePublique.class);

	@Test
	void faitLesLiensAbsolusSansBarreEnDouble() {
		assertThat(new AdressePublique("https://ava.exemple.fr/").de("/partage/x")).isEqualTo("https://ava.exemple.fr/partage/x");
	}

	@Test
	void refuseUneAdresseQuiNEstPasUneAdresseWebComplete() {
		for (var mauvaise : new String[] { "ava.exemple.fr", "localhost:8080", "ftp://ava.exemple.fr", "https://", "${AVA_URL_PUBLIQUE}", "http://exemple fr" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> new AdressePublique(mauvaise))
				.withMessageContaining("AVA_URL_PUBLIQUE")
				.withMessageContaining(mauvaise);
		}
	}

	@Test
	void gardeLAdresseDuPosteDeDeveloppementSansProfil() {
		application.run(contexte -> assertThat(contexte.getBean(AdressePublique.class).urlPublique())
			.isEqualTo("http://localhost:8080"));
	}

	@Test
	void refuseDeDemarrerAvecLeProfilPostgresSansAdressePubliqueEnNommantLaVariable() {
		application.withPropertyValues("spring.profiles.active=postgres").run(contexte -> {
			assertThat(contexte).hasFailed();
			assertThat(contexte.getStartupFailure()).rootCause().hasMessageContaining("AVA_URL_PUBLIQUE");
		});
	}

	@Test
	void demarreAvecLeProfilPostgresQuandLAdressePubliqueEstDonnee() {
		application.withPropertyValues("spring.profiles.active=postgres", "AVA_URL_PUBLIQUE=https://ava.exemple.fr")
			.run(contexte -> assertThat(contexte.getBean(AdressePublique.class).de("/")).isEqualTo("https://ava.exemple.fr/"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AdressePublique.class)
	static class AvecAdressePublique {

	}

}
