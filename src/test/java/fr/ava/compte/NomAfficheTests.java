package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NomAfficheTests {

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "Camille\nCliquez ici", "Camille\r\nDupont", "Camille\u2028Dupont", "Camille\u2029Dupont",
			"Camille\tDupont", "Camille\u0000Dupont", "Camille\u202Eenilpmac", "exemple\u200B.fr" })
	void refuseUnNomAfficheSurPlusieursLignesOuAvecUnCaractereInvisible(String nom) {
		assertThatThrownBy(() -> NomAffiche.verifier(nom)).isInstanceOf(SaisieRefusee.class)
			.satisfies(refus -> assertThat(((SaisieRefusee) refus).codeMessage()).isEqualTo("compte.nom.une-ligne"))
			.satisfies(refus -> assertThat(((SaisieRefusee) refus).champ()).isEqualTo("nomAffiche"));
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "Voir http://arnaque.example", "HTTPS://ava.example", "ftp://x", "www.arnaque",
			"Camille WWW.arnaque", "Camille de exemple.fr", "Service client AVA.FR", "camille@exemple.fr",
			"Camille 192.168.1.1", "exemple．fr", "exemple。fr", "mairie.paris" })
	void refuseUnNomAfficheQuiRessembleAUnLienOuAUneAdresse(String nom) {
		assertThatThrownBy(() -> NomAffiche.verifier(nom)).isInstanceOf(SaisieRefusee.class)
			.satisfies(refus -> assertThat(((SaisieRefusee) refus).codeMessage()).isEqualTo("compte.nom.lien"));
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "Camille Dupont", "Marie-Hélène d'Arc", "J. Ph. Martin", "J.-P. Martin", "Dr. Ahmed",
			"Zoé 2e", "Agnès (CNFPT)", "<script>alert('ava')</script>", "Accompagnateur·trice", "李小龍", "Ёлка 3.14" })
	void accepteUnNomAfficheOrdinaire(String nom) {
		assertThat(NomAffiche.verifier(nom)).isEqualTo(nom);
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "Gagnez sur www.arnaque.example", "Camille\nDupont", "  ", "" })
	void remplaceParUnNomNeutreUnNomRefuseVenuDAilleurs(String nom) {
		assertThat(NomAffiche.ouAutre(nom, "camille.dupont")).isEqualTo(NomAffiche.PAR_DEFAUT);
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "", "   ", "Gagnez sur www.arnaque.example" })
	void prendLeSecondNomQuandLePremierNeConvientPas(String nom) {
		assertThat(NomAffiche.ouAutre(nom, "camille")).isEqualTo("camille");
		assertThat(NomAffiche.ouAutre(nom, "N".repeat(81))).isEqualTo(NomAffiche.PAR_DEFAUT);
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "Camille Dupont", "  Camille Dupont " })
	void gardeUnNomVenuDAilleursQuiConvient(String nom) {
		assertThat(NomAffiche.ouAutre(nom, "camille")).isEqualTo("Camille Dupont");
	}

}
