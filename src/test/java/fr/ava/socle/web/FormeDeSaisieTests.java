package fr.ava.socle.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FormeDeSaisieTests {

	private static final String SALE = " a\u0000\nb\tc\uFFFE ";

	@Test
	void unChampEstSurUneLigneSaufSIlEstNommeSurPlusieurs() {
		assertThat(FormeDeSaisie.duChamp("nomAffiche")).isEqualTo(FormeDeSaisie.UNE_LIGNE_VERIFIEE_PLUS_LOIN);
		assertThat(FormeDeSaisie.duChamp("intitule")).isEqualTo(FormeDeSaisie.UNE_LIGNE);
		assertThat(FormeDeSaisie.duChamp("relations")).isEqualTo(FormeDeSaisie.PLUSIEURS_LIGNES);
		assertThat(FormeDeSaisie.duChamp("e_FT01-A01")).isEqualTo(FormeDeSaisie.PLUSIEURS_LIGNES);
		assertThat(FormeDeSaisie.duChamp("t_V01")).isEqualTo(FormeDeSaisie.PLUSIEURS_LIGNES);
		assertThat(FormeDeSaisie.duChamp("motDePasse")).isEqualTo(FormeDeSaisie.SECRET);
	}

	@Test
	void unSecretResteTelQuel() {
		assertThat(FormeDeSaisie.SECRET.nettoyer(SALE)).isSameAs(SALE);
		assertThat(FormeDeSaisie.UNE_LIGNE.nettoyer(SALE)).isEqualTo("a b c");
		assertThat(FormeDeSaisie.PLUSIEURS_LIGNES.nettoyer(SALE)).isEqualTo("a\nb\tc");
	}

	@Test
	void unNomAfficheGardeSesRetoursALaLignePourQueSaRegleLesRefuse() {
		assertThat(FormeDeSaisie.UNE_LIGNE_VERIFIEE_PLUS_LOIN.nettoyer(SALE)).isEqualTo("a\nb c");
		assertThat(FormeDeSaisie.UNE_LIGNE_VERIFIEE_PLUS_LOIN.nettoyer(" Camille\r\nDupont\u2028X ")).isEqualTo("Camille\nDupont\nX");
		assertThat(FormeDeSaisie.UNE_LIGNE_VERIFIEE_PLUS_LOIN.nettoyer("Cami\u000Blle\u0000")).isEqualTo("Cami lle");
	}

	@Test
	void leFiltreNettoieChaqueLectureDesParametres() throws Exception {
		var requete = new MockHttpServletRequest("POST", "/");
		requete.addParameter("nom", SALE, SALE);
		requete.addParameter("relations", SALE);
		requete.addParameter("motDePasse", SALE);
		var suite = new MockFilterChain();

		new SaisiesNettoyees().doFilter(requete, new MockHttpServletResponse(), suite);

		var lue = (HttpServletRequest) suite.getRequest();
		assertThat(lue.getParameter("nom")).isEqualTo("a b c");
		assertThat(lue.getParameterValues("nom")).containsExactly("a b c", "a b c");
		assertThat(lue.getParameterMap()).containsOnlyKeys("nom", "relations", "motDePasse");
		assertThat(lue.getParameterMap().get("relations")).containsExactly("a\nb\tc");
		assertThat(lue.getParameter("motDePasse")).isEqualTo(SALE);
		assertThat(lue.getParameter("absent")).isNull();
		assertThat(lue.getParameterValues("absent")).isNull();
	}

}
