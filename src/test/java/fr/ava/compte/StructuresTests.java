package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The SIREN and RNA numbers a structure is declared with. {@code @AutoConfigureMockMvc} only to share
 * the cached context of the web tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StructuresTests {

	@Autowired
	Structures structures;

	@Autowired
	Comptes comptes;

	@ParameterizedTest(name = "« {0} » → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			732829320   | 732829320
			552100554   | 552100554
			732 829 320 | 732829320
			""")
	void accepteUnSirenDontLaCleDeLuhnEstJuste(String saisi, String enregistre) {
		var compte = compte();
		structures.declarer(compte.id(), TypeDeStructure.COMMUNE, "Commune " + saisi, saisi, null, RoleDansLaStructure.MEMBRE);
		assertThat(structures.de(compte.id())).singleElement().satisfies(a -> {
			assertThat(a.siren()).isEqualTo(enregistre);
			assertThat(a.rna()).isNull();
		});
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "000000000", "732829321", "552100555", "123456789", "73282932", "7328293200", "ABCDEFGHI", "73282932O",
			"732-829-320" })
	void refuseUnSirenSansNeufChiffresOuDontLaCleEstFausse(String siren) {
		var compte = compte();
		var refus = catchThrowableOfType(SaisieRefusee.class, () -> structures.declarer(compte.id(),
				TypeDeStructure.COMMUNE, "Commune", siren, null, RoleDansLaStructure.GESTIONNAIRE));
		assertThat(refus).isNotNull();
		assertThat(refus.champ()).isEqualTo("siren");
		assertThat(refus.codeMessage()).isEqualTo("compte.structure.siren");
		assertThat(structures.de(compte.id())).isEmpty();
		assertThat(comptes.compte(compte.id()).roles()).as("aucun rôle d'employeur pour une structure refusée")
			.containsExactly(Role.ACCOMPAGNATEUR);
	}

	@ParameterizedTest(name = "« {0} » → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			W751234567   | W751234567
			W2A1234567   | W2A1234567
			W2B1234567   | W2B1234567
			w751234567   | W751234567
			W75 123 4567 | W751234567
			""")
	void accepteUnRnaAvecSonDepartementMemeCorse(String saisi, String enregistre) {
		var compte = compte();
		structures.declarer(compte.id(), TypeDeStructure.ASSOCIATION, "Association " + saisi, null, saisi,
				RoleDansLaStructure.MEMBRE);
		assertThat(structures.de(compte.id())).singleElement().satisfies(a -> {
			assertThat(a.rna()).isEqualTo(enregistre);
			assertThat(a.siren()).isNull();
		});
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "W75123456", "W7512345678", "X751234567", "751234567", "W7C1234567", "W2C1234567", "W75123456A",
			"WW51234567" })
	void refuseUnRnaMalForme(String rna) {
		var compte = compte();
		var refus = catchThrowableOfType(SaisieRefusee.class, () -> structures.declarer(compte.id(),
				TypeDeStructure.ASSOCIATION, "Association", null, rna, RoleDansLaStructure.MEMBRE));
		assertThat(refus).isNotNull();
		assertThat(refus.champ()).isEqualTo("rna");
		assertThat(refus.codeMessage()).isEqualTo("compte.structure.rna");
		assertThat(structures.de(compte.id())).isEmpty();
	}

	@ParameterizedTest(name = "« {0} »")
	@NullSource
	@ValueSource(strings = { "", "   " })
	void lesNumerosSontFacultatifs(String vide) {
		var compte = compte();
		structures.declarer(compte.id(), TypeDeStructure.AUTRE, "Tiers-lieu", vide, vide, RoleDansLaStructure.MEMBRE);
		assertThat(structures.de(compte.id())).singleElement().satisfies(a -> {
			assertThat(a.siren()).isNull();
			assertThat(a.rna()).isNull();
		});
	}

	@Test
	void unMemeSirenRattacheDeuxComptesALaMemeStructure() {
		var premier = compte();
		var second = compte();
		var siren = sirenInedit();
		structures.declarer(premier.id(), TypeDeStructure.COMMUNE, "Commune de Cap-Sirène",
				siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6), null,
				RoleDansLaStructure.GESTIONNAIRE);
		structures.declarer(second.id(), TypeDeStructure.COMMUNE, "Cap-Sirène", siren, null, RoleDansLaStructure.MEMBRE);

		var duPremier = structures.de(premier.id()).get(0);
		var duSecond = structures.de(second.id()).get(0);
		assertThat(duSecond.structureId()).isEqualTo(duPremier.structureId());
		assertThat(duSecond.nom()).isEqualTo("Commune de Cap-Sirène");
		assertThat(comptes.compte(premier.id()).roles()).contains(Role.EMPLOYEUR);
		assertThat(comptes.compte(second.id()).roles()).doesNotContain(Role.EMPLOYEUR);
	}

	/** A SIREN with a right check digit that no other test uses (the database is shared). */
	private static String sirenInedit() {
		var hasard = ThreadLocalRandom.current();
		while (true) {
			var debut = String.format("%08d", hasard.nextInt(100_000_000));
			for (int cle = 0; cle <= 9; cle++) {
				var siren = debut + cle;
				var somme = 0;
				for (int i = 0; i < 9; i++) {
					var chiffre = siren.charAt(8 - i) - '0';
					somme += i % 2 == 1 ? (chiffre * 2 > 9 ? chiffre * 2 - 9 : chiffre * 2) : chiffre;
				}
				if (somme % 10 == 0) {
					return siren;
				}
			}
		}
	}

	private Compte compte() {
		return comptes.creerConfirme("structure-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr",
				"Dominique Structure", Optional.of("Structures-valides-2025"), Set.of());
	}

}
