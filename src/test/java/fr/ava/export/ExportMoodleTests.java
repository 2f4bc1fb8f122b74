package fr.ava.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import fr.ava.referentiel.Referentiels;

@SpringBootTest
@AutoConfigureMockMvc
class ExportMoodleTests {

	/** The header line of Moodle's competency framework import and export (tool_lpimportcsv). */
	private static final List<String> COLONNES_DE_MOODLE = List.of("Parent ID number", "ID number", "Short name",
			"Description", "Description format", "Scale values", "Scale configuration", "Rule type (optional)",
			"Rule outcome (optional)", "Rule config (optional)", "Cross-referenced competency ID numbers",
			"Exported ID (optional)", "Is framework", "Taxonomy");

	@Autowired
	ExportMoodle export;

	@Autowired
	Referentiels referentiels;

	@Test
	void reprendLesColonnesDeLOutilDImportDeMoodle() throws IOException {
		try (var analyse = lire()) {
			assertThat(analyse.getHeaderNames()).containsExactlyElementsOf(COLONNES_DE_MOODLE);
		}
	}

	@Test
	void commenceParLeReferentielPuisRangeChaqueCompetenceSousSaMissionOuSaFonction() throws IOException {
		var referentiel = referentiels.dernierePubliee();
		try (var analyse = lire()) {
			var lignes = analyse.getRecords();

			var cadre = lignes.get(0);
			assertThat(cadre.get("Is framework")).isEqualTo("1");
			assertThat(cadre.get("ID number")).isEqualTo("AVA-1.0");
			assertThat(cadre.get("Scale values")).isNotBlank();
			assertThat(lignes).hasSize(1 + referentiel.perimetres().size() + referentiel.competences().size());
			assertThat(lignes).extracting(ligne -> ligne.get("ID number")).doesNotHaveDuplicates();
			var competence = lignes.stream().filter(ligne -> ligne.get("ID number").equals("FS06-C02")).findFirst().orElseThrow();
			assertThat(competence.get("Parent ID number")).isEqualTo("FS06");
			assertThat(competence.get("Description")).isEqualTo("Savoir argumenter et convaincre");
			assertThat(lignes).extracting(ligne -> ligne.get("Short name"))
				.allMatch(nom -> !nom.isBlank() && nom.length() <= ExportMoodle.NOM_COURT_MAXIMUM);
		}
	}

	private CSVParser lire() throws IOException {
		return CSVFormat.Builder.create(CSVFormat.DEFAULT)
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(export.exporter(referentiels.dernierePubliee())));
	}

}
