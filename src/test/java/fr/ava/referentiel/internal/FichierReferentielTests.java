package fr.ava.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import fr.ava.referentiel.FichierReferentielInvalide;
import fr.ava.referentiel.Nature;

class FichierReferentielTests {

	private final FichierReferentiel fichier = new FichierReferentiel();

	@Test
	void litLeFichierCanoniqueCommeUneVersionPubliee() {
		var referentiel = fichier.lire(new ClassPathResource("referentiel/referentiel-1.0.yaml"));

		assertThat(referentiel.numero()).hasToString("1.0");
		assertThat(referentiel.version().estPubliee()).isTrue();
		assertThat(referentiel.missions()).hasSize(3);
		assertThat(referentiel.fonctionsTransversales()).hasSize(10);
		assertThat(referentiel.fonctionsSpecifiques()).hasSize(7);
		assertThat(referentiel.valeurs()).hasSize(26);
		assertThat(referentiel.groupes()).hasSize(2);
		assertThat(referentiel.noeuds()).filteredOn(noeud -> noeud.nature() == Nature.COMPETENCE).hasSize(88);
	}

	@Test
	void refuseUnYamlMalFormeEnNommantLeFichierEtLaLigne() {
		var casse = fichierNomme("version: \"1.0\"\ntitre: \"T\"\nmissions: [\n  - code: \"M1\"\n", "casse.yaml");

		assertThatThrownBy(() -> fichier.lire(casse)).isInstanceOf(FichierReferentielInvalide.class)
			.hasMessageContaining("casse.yaml")
			.hasMessageContaining("YAML mal formé")
			.satisfies(erreur -> assertThat(((FichierReferentielInvalide) erreur).problemes().get(0).ligne())
				.isNotNull());
	}

	@Test
	void refuseUnFichierIncompletEnDisantCeQuiManqueEtOu() {
		var canonique = texteCanonique();
		var sansTexte = canonique.replaceFirst("texte: \"Aller vers\"", "titre_inconnu: \"Aller vers\"");
		var ligne = numeroDeLigne(canonique, "texte: \"Aller vers\"");

		assertThatThrownBy(() -> fichier.lire(fichierNomme(sansTexte, "incomplet.yaml")))
			.isInstanceOf(FichierReferentielInvalide.class)
			.hasMessageContaining("incomplet.yaml")
			.hasMessageContaining("titre_inconnu")
			.hasMessageContaining("ligne " + (ligne - 1));
	}

	@Test
	void refuseUnCodeEmployeDeuxFois() {
		var doublon = texteCanonique().replaceFirst("code: \"M1-C02\"", "code: \"M1-C01\"");

		assertThatThrownBy(() -> fichier.lire(fichierNomme(doublon, "doublon.yaml")))
			.isInstanceOf(FichierReferentielInvalide.class)
			.hasMessageContaining("« M1-C01 » est utilisé deux fois")
			.hasMessageContaining("ligne " + numeroDeLigne(texteCanonique(), "code: \"M1-C02\""));
	}

	@Test
	void refuseUnGroupeQuiCiteUneMissionInexistante() {
		var orphelin = texteCanonique().replaceFirst("missions: \\[\"M3\"\\]", "missions: [\"M9\"]");

		assertThatThrownBy(() -> fichier.lire(fichierNomme(orphelin, "orphelin.yaml")))
			.hasMessageContaining("la mission « M9 » n'existe pas");
	}

	static String texteCanonique() {
		try {
			return new ClassPathResource("referentiel/referentiel-1.0.yaml").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static int numeroDeLigne(String texte, String recherche) {
		return texte.substring(0, texte.indexOf(recherche)).split("\n", -1).length;
	}

	private static ByteArrayResource fichierNomme(String contenu, String nom) {
		return new ByteArrayResource(contenu.getBytes(StandardCharsets.UTF_8), nom);
	}

}
