package fr.ava.socle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper of the application, the one that reads request bodies. */
@JsonTest
class TextesJsonNettoyesTests {

	private static final String SALE = "\\" + "u0000 Charge\\" + "u0301e\\" + "u000Bde\\" + "u001F mis\\" + "uFFFEsion\\"
			+ "uD800\\tvie ";

	record Demande(String nom, String texte, String motDePasse, List<String> lignes) {
	}

	@Autowired
	JsonMapper json;

	@Test
	void nettoieChaqueTexteSelonLeNomDeSaPropriete() {
		var demande = json.readValue("""
				{"nom": "%1$s", "texte": "%1$s", "motDePasse": " secret\\t", "lignes": ["%1$s"]}""".formatted(SALE),
				Demande.class);

		assertThat(demande.nom()).isEqualTo("Chargée de mission vie");
		assertThat(demande.texte()).isEqualTo("Chargée\nde mission\tvie");
		assertThat(demande.motDePasse()).isEqualTo(" secret\t");
		assertThat(demande.lignes()).containsExactly("Chargée de mission vie");
	}

	@Test
	void nettoieUnTexteSeulSurUneLigne() {
		assertThat(json.readValue("\"" + SALE + "\"", String.class)).isEqualTo("Chargée de mission vie");
	}

	@Test
	void laisseLesValeursNulles() {
		assertThat(json.readValue("{\"nom\": null}", Demande.class).nom()).isNull();
	}

}
