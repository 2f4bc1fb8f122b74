package fr.ava.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import fr.ava.referentiel.FichierReferentielInvalide;
import fr.ava.referentiel.FormatCanonique;

class FormatCanoniqueTests {

	private final FichierReferentiel fichier = new FichierReferentiel();

	private final FormatCanonique format = fichier;

	@Test
	void relitLeJsonExporteCommeLaMemeVersion() {
		var version = fichier.lire(new ClassPathResource("referentiel/referentiel-1.0.yaml"));

		var relue = format.lireDuJson(new ByteArrayInputStream(format.ecrireEnJson(version)), "export.json");

		assertThat(relue.numero()).isEqualTo(version.numero());
		assertThat(relue.titre()).isEqualTo(version.titre());
		assertThat(relue.noeuds()).isEqualTo(version.noeuds());
	}

	@Test
	void refuseUnJsonMalFormeEnDisantOu() {
		assertThatThrownBy(() -> format.lireDuJson(json("{\"version\": \"1.0\",\n \"titre\": }"), "casse.json"))
			.isInstanceOf(FichierReferentielInvalide.class)
			.hasMessageContaining("casse.json")
			.hasMessageContaining("JSON mal formé")
			.hasMessageContaining("ligne 2");
	}

	@Test
	void refuseUnJsonHorsSchemaAvecLaListeDesErreursEnFrancais() {
		var invalide = json("{\"version\": \"un\", \"titre\": \"T\", \"inconnu\": 1}");

		assertThatThrownBy(() -> format.lireDuJson(invalide, "incomplet.json"))
			.isInstanceOfSatisfying(FichierReferentielInvalide.class, erreur -> {
				assertThat(erreur.problemes()).extracting(FichierReferentielInvalide.Probleme::chemin)
					.contains("/version", "/");
				assertThat(erreur.problemes()).extracting(FichierReferentielInvalide.Probleme::raison)
					.anyMatch(raison -> raison.contains("propriété requise 'missions' introuvable"))
					.anyMatch(raison -> raison.contains("la propriété 'inconnu' n'est pas définie"));
			});
	}

	private static ByteArrayInputStream json(String texte) {
		return new ByteArrayInputStream(texte.getBytes(StandardCharsets.UTF_8));
	}

}
