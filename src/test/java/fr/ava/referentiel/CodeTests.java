package fr.ava.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CodeTests {

	@Test
	void accepteUnCodeDeMissionDeFonctionOuDElement() {
		assertThat(Code.of("M1").valeur()).isEqualTo("M1");
		assertThat(Code.of("FT01-C02").valeur()).isEqualTo("FT01-C02");
		assertThat(Code.of("CTX-CONTENU-02-01").valeur()).isEqualTo("CTX-CONTENU-02-01");
	}

	@Test
	void rejetteUnCodeVideEnMinusculesOuAvecDuBalisage() {
		assertThatIllegalArgumentException().isThrownBy(() -> Code.of(""));
		assertThatIllegalArgumentException().isThrownBy(() -> Code.of("ft01"));
		assertThatIllegalArgumentException().isThrownBy(() -> Code.of("FT01-"));
		assertThatIllegalArgumentException().isThrownBy(() -> Code.of("<script>"));
		assertThat(Code.estValide("FT01--C02")).isFalse();
		assertThat(Code.estValide("A".repeat(41))).isFalse();
	}

}
