package fr.ava.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

import fr.ava.AvaApplication;
import fr.ava.referentiel.FichierReferentielInvalide;

@ExtendWith(OutputCaptureExtension.class)
class DemarrageAvecUnFichierInvalideTests {

	@Test
	void refuseDeDemarrerEnNommantLeFichierEtLaLigneSansRienCharger(@TempDir Path dossier, CapturedOutput sortie)
			throws IOException, SQLException {
		var base = "jdbc:h2:file:" + dossier.resolve("base");
		var fichier = dossier.resolve("referentiel-casse.yaml");
		var canonique = FichierReferentielTests.texteCanonique();
		Files.writeString(fichier, canonique.replace("texte: \"Plaidoyer\"", "texte: 42")
			.replaceFirst("slug: \"veille\"", "slug: \"Veille !\""), StandardCharsets.UTF_8);

		assertThatThrownBy(() -> new SpringApplicationBuilder(AvaApplication.class).web(WebApplicationType.NONE)
			.run("--ava.referentiel.fichier=file:" + fichier, "--spring.datasource.url=" + base)).satisfies(erreur -> assertThat(NestedExceptionUtils.getMostSpecificCause(erreur))
			.isInstanceOf(FichierReferentielInvalide.class));

		assertThat(sortie).contains("APPLICATION FAILED TO START", "referentiel-casse.yaml", "/fonctions/transversales/0/slug",
				"ligne " + (ligneDe(canonique, "slug: \"veille\"")));
		try (var connexion = DriverManager.getConnection(base, "ava", "");
				var resultat = connexion.createStatement().executeQuery("select count(*) from element_referentiel")) {
			resultat.next();
			assertThat(resultat.getInt(1)).isZero();
		}
	}

	private static int ligneDe(String texte, String recherche) {
		return texte.substring(0, texte.indexOf(recherche)).split("\n", -1).length;
	}

}
