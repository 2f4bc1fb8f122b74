package fr.ava.socle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NettoyageDuTexteTests {

	@Test
	void composeLesCaracteresAccentues() {
		assertThat(NettoyageDuTexte.uneLigne("Charge\u0301e de mission")).isEqualTo("Chargée de mission");
		assertThat(NettoyageDuTexte.plusieursLignes("Charge\u0301e\nde mission")).isEqualTo("Chargée\nde mission");
	}

	@Test
	void composeAussiUnAccentSepareDeSaLettreParUnCaractereRetire() {
		assertThat(NettoyageDuTexte.uneLigne("Charge\u0000\u0301e")).isEqualTo("Chargée");
	}

	@Test
	void retireLesCaracteresDeControle() {
		assertThat(NettoyageDuTexte.uneLigne("a\u0000b\u0007c\u001Fd\u007Fe\u0080f\u009Fg")).isEqualTo("abcdefg");
		assertThat(NettoyageDuTexte.plusieursLignes("a\u0000b\u001Fc")).isEqualTo("abc");
	}

	@Test
	void retireLesNonCaracteres() {
		assertThat(NettoyageDuTexte.uneLigne("a\uFFFEb\uFFFFc\uFDD0d\uFDEFe")).isEqualTo("abcde");
		assertThat(NettoyageDuTexte.uneLigne("a" + Character.toString(0x1FFFE) + "b" + Character.toString(0x10FFFF) + "c"))
			.isEqualTo("abc");
	}

	@Test
	void retireLesDemiCaracteresIsolesEtGardeLesPaires() {
		var emoji = "\uD83D\uDE00";

		assertThat(NettoyageDuTexte.uneLigne("a\uD800b\uDC00c" + emoji + "\uD83D")).isEqualTo("abc" + emoji);
	}

	@Test
	void gardeLesAutresCaracteresVisiblesOuNon() {
		var texte = "« Élu·es » : 50 € – œuvre\u00A0ﬁn \u200D\uE000 ✓";

		assertThat(NettoyageDuTexte.uneLigne(texte)).isEqualTo(texte);
	}

	@Test
	void surUneLigneLesFinsDeLigneEtLesTabulationsDeviennentDesEspaces() {
		assertThat(NettoyageDuTexte.uneLigne("Jean\r\nDupont\rde\nla\u000BVille\u2028en\tFrance"))
			.isEqualTo("Jean Dupont de la Ville en France");
	}

	@Test
	void surPlusieursLignesGardeLesFinsDeLigneUnifieesEtLesTabulations() {
		assertThat(NettoyageDuTexte.plusieursLignes("Missions :\r\n- accueillir\r- conseiller\u000B- former\f\tProfil\u2029fin"))
			.isEqualTo("Missions :\n- accueillir\n- conseiller\n- former\n\tProfil\nfin");
	}

	@Test
	void retireLesEspacesAutourEtGardeCeuxDuMilieu() {
		assertThat(NettoyageDuTexte.uneLigne(" \t\n Deux  espaces \u0000 ")).isEqualTo("Deux  espaces");
		assertThat(NettoyageDuTexte.plusieursLignes("\n\n  Ligne\n\n  autre  \n")).isEqualTo("Ligne\n\n  autre");
		assertThat(NettoyageDuTexte.uneLigne("\u0000\uFFFE \u000B")).isEmpty();
	}

	@Test
	void sansCaracteresInterditsNeChangeRienDAutre() {
		var texte = "  Charge\u0301e\r\n\tde mission  ";

		assertThat(NettoyageDuTexte.sansCaracteresInterdits(texte)).isSameAs(texte);
		assertThat(NettoyageDuTexte.sansCaracteresInterdits("<p>a\u0000b\u000Bc\uFFFEd\uD800e</p>\n"))
			.isEqualTo("<p>abcde</p>\n");
	}

}
