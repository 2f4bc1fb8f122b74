package fr.ava.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisationDuTexteTests {

	@Test
	void composeLesCaracteresAccentues() {
		var decompose = "Charge\u0301e de mission";

		assertThat(NormalisationDuTexte.normaliser(decompose)).isEqualTo("Chargée de mission");
	}

	@Test
	void unifieLesFinsDeLigneEtGardeUneLigneParPuce() {
		var texte = "Missions :\r\n- accueillir\r- conseiller\u2028- former\fProfil";

		assertThat(NormalisationDuTexte.normaliser(texte))
			.isEqualTo("Missions :\n- accueillir\n- conseiller\n- former\nProfil");
	}

	@Test
	void neGardeQuUneLigneBlancheEntreDeuxParagraphes() {
		var texte = "\n\n  Missions\n \n\t\n\n  Profil\n\n\n";

		assertThat(NormalisationDuTexte.normaliser(texte)).isEqualTo("Missions\n\nProfil");
	}

	@Test
	void retireLesCaracteresDeControleEtInvisibles() {
		var texte = "\uFEFFAccom\u00ADpagner\u0000 les\u200B asso\u0007ciations";

		assertThat(NormalisationDuTexte.normaliser(texte)).isEqualTo("Accompagner les associations");
	}

	@Test
	void reduitLesEspacesSansToucherAuxEspacesInsecables() {
		var texte = "Profil\t:   « autonomie »  ";

		assertThat(NormalisationDuTexte.normaliser(texte)).isEqualTo("Profil : « autonomie »");
	}

	@Test
	void remplaceLesPucesDesPolicesSymbolesParUnePuce() {
		var texte = "\uF0B7 Conseiller les associations\n\uF0A7\tFormer les bénévoles";

		assertThat(NormalisationDuTexte.normaliser(texte))
			.isEqualTo("• Conseiller les associations\n• Former les bénévoles");
	}

}
