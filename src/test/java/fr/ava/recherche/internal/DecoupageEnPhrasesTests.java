package fr.ava.recherche.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DecoupageEnPhrasesTests {

	private final DecoupageEnPhrases decoupage = new DecoupageEnPhrases(new LectureDesFiches());

	@Test
	void donneDesDecalagesQuiRetrouventChaquePhraseDansLeTexteDOrigine() {
		var texte = "Vos missions :\r\n  • Accueillir les associations ;\r\n  - Instruire les demandes.\r\n\r\n"
				+ "Organiser le forum. Animer le réseau !";
		var phrases = decoupage.decouper(texte);

		assertThat(textes(texte, phrases)).containsExactly("Vos missions :", "Accueillir les associations ;",
				"Instruire les demandes.", "Organiser le forum.", "Animer le réseau !");
		phrases.forEach(phrase -> assertThat(texte.substring(phrase.debut(), phrase.fin())).isEqualTo(
				phrase.texte(texte)));
	}

	@Test
	void neCoupePasApresUneAbreviation() {
		var texte = "Candidature à adresser à M. Dupont, service RH. Les outils (cf. guide, etc.) sont fournis.";

		assertThat(textes(texte, decoupage.decouper(texte))).containsExactly(
				"Candidature à adresser à M. Dupont, service RH.", "Les outils (cf. guide, etc.) sont fournis.");
	}

	@Test
	void recolleUneLigneCoupeeALaMain() {
		var texte = "Accompagner les associations dans la rédaction\nde leurs statuts et de leur projet.\nSuite.";

		assertThat(textes(texte, decoupage.decouper(texte))).containsExactly(
				"Accompagner les associations dans la rédaction\nde leurs statuts et de leur projet.", "Suite.");
	}

	@Test
	void litLaRubriqueDansLesTitres() {
		var texte = """
				Ville de Lanvallon
				Qui sommes-nous ?
				Une ville de 18 000 habitants.
				Vos missions
				- Représenter le service.
				Profil recherché
				- Connaissance du droit des associations
				- Bac+3 en développement local
				Rémunération : selon grille.
				""";
		var phrases = decoupage.decouper(texte);

		assertThat(phrases).extracting(Phrase::rubrique)
			.containsExactly(RubriqueDeFiche.ENTETE, RubriqueDeFiche.CONTEXTE, RubriqueDeFiche.CONTEXTE, RubriqueDeFiche.MISSIONS,
					RubriqueDeFiche.MISSIONS, RubriqueDeFiche.PROFIL, RubriqueDeFiche.PROFIL, RubriqueDeFiche.PROFIL, RubriqueDeFiche.CONDITIONS);
		assertThat(phrases).extracting(Phrase::bruit)
			.containsExactly(false, false, false, false, false, false, false, true, true);
	}

	@Test
	void prendUnTexteSansTitreDeMissionsPourDesMissions() {
		var texte = "La commune recrute un agent. Il instruira les demandes de subvention.";

		assertThat(decoupage.decouper(texte)).extracting(Phrase::rubrique)
			.containsOnly(RubriqueDeFiche.MISSIONS);
	}

	@Test
	void neVoitDansLesMissionsQueLeBruitQuiOuvreLaPhrase() {
		var texte = """
				Missions :
				- Conseiller les dirigeants sur le choix du contrat (CDI, CDD) et la convention collective.
				- Permis B souhaité.
				""";

		assertThat(decoupage.decouper(texte)).extracting(Phrase::bruit).containsExactly(false, false, true);
	}

	@Test
	void nAccepteNiTexteVideNiLignesVides() {
		assertThat(decoupage.decouper("")).isEmpty();
		assertThat(decoupage.decouper(" \n\n \t\n-\n")).isEmpty();
	}

	private static List<String> textes(String texte, List<Phrase> phrases) {
		return phrases.stream().map(phrase -> phrase.texte(texte)).toList();
	}

}
