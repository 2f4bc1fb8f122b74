package fr.ava.fichedeposte;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApartesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Écouter (écoute active)                                   | Écouter
			(Accompagnement à ...) Élaboration de projet              | Élaboration de projet
			le modèle socio-économique¹, le développement             | le modèle socio-économique, le développement
			Conseil (conseils réglementaires², conseil (interne)) et appui | Conseil et appui
			des collectivités (élus et directions thématiques), d'autres | des collectivités, d'autres
			Une note¹² et une autre³                                  | Une note et une autre
			(rien qu'un aparté)                                       | (rien qu'un aparté)
			Une parenthèse ouverte (jamais fermée                     | Une parenthèse ouverte (jamais fermée
			Une fermée) sans ouverture                                | Une fermée) sans ouverture
			Aucun aparté                                              | Aucun aparté
			""")
	void oteLesApartesEntreParenthesesEtLesAppelsDeNote(String texte, String allege) {
		assertThat(Apartes.oter(texte)).isEqualTo(allege);
	}

}
