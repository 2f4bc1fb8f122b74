package fr.ava.compte.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import fr.ava.compte.SaisieRefusee;

class RegleDeMotDePasseTests {

	private static final String EMAIL = "camille.martin@exemple.fr";

	private static final String NOM = "Camille Martin";

	private final RegleDeMotDePasse regle = new RegleDeMotDePasse();

	@Test
	void accepteDouzeCaracteresDeTroisSortes() {
		assertThatCode(() -> regle.verifier("Abcdefghij1k", EMAIL, NOM)).doesNotThrowAnyException();
	}

	@Test
	void refuseOnzeCaracteresEnDisantLaLongueurMinimale() {
		var refus = refus("Abcdefghi1k");
		assertThat(refus.codeMessage()).isEqualTo("compte.mot-de-passe.court");
		assertThat(enFrancais(refus)).isEqualTo("Le mot de passe doit compter au moins 12 caractères.");
	}

	@Test
	void laLongueurEstVerifieeAvantLaVariete() {
		assertThat(refus("abc").codeMessage()).isEqualTo("compte.mot-de-passe.court");
	}

	@Test
	void accepte72OctetsEtRefuse73() {
		var septanteDeux = "Aa1" + "x".repeat(69);
		assertThat(septanteDeux.getBytes(StandardCharsets.UTF_8)).hasSize(72);
		assertThatCode(() -> regle.verifier(septanteDeux, EMAIL, NOM)).doesNotThrowAnyException();

		var refus = refus(septanteDeux + "x");
		assertThat(refus.codeMessage()).isEqualTo("compte.mot-de-passe.long");
		assertThat(enFrancais(refus)).isEqualTo("Le mot de passe est trop long : 72 octets au plus (64 caractères sans accents).");
	}

	@Test
	void compteLesOctetsEtNonLesCaracteresCarBCryptNeLitQue72Octets() {
		var accents = "Éé1" + "é".repeat(33);
		assertThat(accents.getBytes(StandardCharsets.UTF_8)).hasSize(71);
		assertThatCode(() -> regle.verifier(accents, EMAIL, NOM)).doesNotThrowAnyException();

		var tropDAccents = "Éé1" + "é".repeat(34);
		assertThat(tropDAccents).hasSize(37);
		assertThat(refus(tropDAccents).codeMessage()).isEqualTo("compte.mot-de-passe.long");
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "minusculesMAJUSCULES2025", "minusculesMAJUSCULES-.-", "minuscules-2025-.-", "MAJUSCULES-2025-.-",
			"Élodie-est-là", "ÉLODIE-EST-LÀ-1" })
	void accepteTroisSortesDeCaracteresOuPlus(String motDePasse) {
		assertThatCode(() -> regle.verifier(motDePasse, EMAIL, NOM)).doesNotThrowAnyException();
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "seulementdesminuscules", "minusculesMAJUSCULES", "minuscules2025chiffres", "minuscules-et-signes",
			"MAJUSCULES2025", "MAJUSCULES-ET-SIGNES", "2025-2026-2027", "éèàçùâêîôûëï1" })
	void refuseMoinsDeTroisSortesDeCaracteres(String motDePasse) {
		var refus = refus(motDePasse);
		assertThat(refus.codeMessage()).isEqualTo("compte.mot-de-passe.varie");
		assertThat(enFrancais(refus)).isEqualTo(
				"Le mot de passe doit mêler au moins trois sortes de caractères parmi : minuscules, majuscules, chiffres, autres signes.");
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "2025-Camille Martin!", "2025-CAMILLE MARTIN!", "Camille.Martin-2025", "x-camille.martin-X1" })
	void refuseLeNomOuLIdentifiantDeLAdresseQuelleQueSoitLaCasse(String motDePasse) {
		var refus = refus(motDePasse);
		assertThat(refus.codeMessage()).isEqualTo("compte.mot-de-passe.personnel");
		assertThat(enFrancais(refus)).isEqualTo("Le mot de passe ne doit contenir ni votre nom ni votre adresse électronique.");
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "CamilleMartin2025!", "Martin-Rennes-2025", "2025-camille-rennes" })
	void refuseChaqueMotDuNomPrisSeul(String motDePasse) {
		assertThat(refus(motDePasse).codeMessage()).isEqualTo("compte.mot-de-passe.personnel");
	}

	@Test
	void ignoreUnNomOuUnIdentifiantDeMoinsDeQuatreCaracteres() {
		assertThatCode(() -> regle.verifier("Léa-et-Li-2025", "li@exemple.fr", "Léa")).doesNotThrowAnyException();
		assertThat(refus("Léon-et-Li-2025", "li@exemple.fr", "Léon").codeMessage()).isEqualTo("compte.mot-de-passe.personnel");
	}

	@Test
	void chaqueRefusPorteSurLeChampDuMotDePasse() {
		assertThat(refus("court").champ()).isEqualTo("motDePasse");
		assertThat(refus("seulementdesminuscules").champ()).isEqualTo("motDePasse");
		assertThat(refus("Camille.Martin-2025").champ()).isEqualTo("motDePasse");
	}

	private SaisieRefusee refus(String motDePasse) {
		return refus(motDePasse, EMAIL, NOM);
	}

	private SaisieRefusee refus(String motDePasse, String email, String nom) {
		var refus = catchThrowableOfType(SaisieRefusee.class, () -> regle.verifier(motDePasse, email, nom));
		assertThat(refus).as("« %s » est refusé", motDePasse).isNotNull();
		return refus;
	}

	/** The message people read, from the application's messages.properties. */
	private static String enFrancais(SaisieRefusee refus) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages.getMessage(refus.codeMessage(), refus.arguments(), Locale.FRENCH);
	}

}
