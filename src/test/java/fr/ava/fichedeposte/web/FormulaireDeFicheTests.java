package fr.ava.fichedeposte.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import fr.ava.fichedeposte.Etape;
import fr.ava.fichedeposte.FichesDExemple;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Version;

class FormulaireDeFicheTests {

	private static final Version.Numero UN_ZERO = Version.Numero.of("1.0");

	@Test
	void lesChampsDUneFicheRelusDonnentLaMemeFiche() {
		var champs = new LinkedMultiValueMap<String, String>();
		champs.add(FormulaireDeFiche.VERSION, "1.0");
		FormulaireDeFiche.caches(FichesDExemple.realiste(), null).forEach(champ -> champs.add(champ.nom(), champ.valeur()));

		assertThat(FormulaireDeFiche.lire(champs, Version.Numero.of("9.9"))).isEqualTo(FichesDExemple.realiste());
	}

	@Test
	void lesChampsDuFormulaireEnvoyeDonnentLaFicheRealiste() {
		assertThat(FormulaireDeFiche.lire(FichesDExemple.champsRealistes(), UN_ZERO)).isEqualTo(FichesDExemple.realiste());
	}

	@Test
	void lesChampsCachesSontCeuxDesAutresEtapes() {
		var caches = FormulaireDeFiche.caches(FichesDExemple.realiste(), Etape.MISSIONS);

		assertThat(caches).extracting(FormulaireDeFiche.Champ::nom)
			.contains("employeur", "intitule", "activite", "rattachement")
			.doesNotContain("perimetre", "part-M1");
	}

	@Test
	void uneLigneParActiviteAjouteeQuElleVienneDUneZoneDeTexteOuDeChampsCaches() {
		var champs = new LinkedMultiValueMap<String, String>();
		champs.add("activitesPropres", "Première activité\r\n\r\n  Deuxième activité  \n");
		champs.add("activitesPropres", "Troisième activité");

		assertThat(FormulaireDeFiche.lire(champs, UN_ZERO).activites().propres()).containsExactly("Première activité",
				"Deuxième activité", "Troisième activité");
	}

	@Test
	void unePartSaisieSansCocherChoisitLaFonctionEtUnePartIllisibleResteAIndiquer() {
		var champs = new LinkedMultiValueMap<String, String>();
		champs.add("perimetre", "M1");
		champs.add("part-M1", "quarante");
		champs.add("part-FT01", " 60 ");
		champs.add("part-FT02", "");

		var parts = FormulaireDeFiche.lire(champs, UN_ZERO).parts();

		assertThat(parts).extracting(part -> part.perimetre().valeur()).containsExactly("M1", "FT01");
		assertThat(parts).extracting(part -> part.pourcentage()).containsExactly(null, 60);
	}

	@Test
	void uneValeurInconnueDeChoixEstIgnoreeEtUnCodeMalFormeAussi() {
		var champs = new LinkedMultiValueMap<String, String>();
		champs.add("employeur", "MAIRIE");
		champs.add("activite", "<script>");
		champs.add("activite", "M1-A01");

		var fiche = FormulaireDeFiche.lire(champs, UN_ZERO);

		assertThat(fiche.employeur().type()).isNull();
		assertThat(fiche.activites().codes()).containsExactly(Code.of("M1-A01"));
	}

}
