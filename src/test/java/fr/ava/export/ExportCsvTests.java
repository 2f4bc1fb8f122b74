package fr.ava.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import fr.ava.referentiel.Referentiels;

@SpringBootTest
@AutoConfigureMockMvc
class ExportCsvTests {

	@Autowired
	ExportCsv export;

	@Autowired
	Referentiels referentiels;

	@Test
	void commenceParLaMarqueDOrdreDesOctetsPourLesTableursFrancais() {
		assertThat(export.exporter(referentiels.dernierePubliee())).startsWith("\uFEFFversion;code;nature;");
	}

	@Test
	void donneUneLigneParElementLisibleParCommonsCsv() throws IOException {
		var referentiel = referentiels.dernierePubliee();

		var lignes = lire(export.exporter(referentiel));

		assertThat(lignes).hasSize(referentiel.noeuds().size());
		assertThat(lignes).extracting(ligne -> ligne.get("code"))
			.containsExactlyElementsOf(referentiel.noeuds().stream().map(noeud -> noeud.code().valeur()).toList());
		var competence = lignes.stream().filter(ligne -> ligne.get("code").equals("FT07-C02")).findFirst().orElseThrow();
		assertThat(competence.get("version")).isEqualTo("1.0");
		assertThat(competence.get("nature")).isEqualTo("COMPETENCE");
		assertThat(competence.get("code_parent")).isEqualTo("FT07");
		assertThat(competence.get("ordre")).isEqualTo("2");
		assertThat(competence.get("libelle")).isEqualTo("Adapter son discours à son interlocuteur");
	}

	@Test
	void gardeIntactsLesTextesAvecPointsVirgules() throws IOException {
		var lignes = lire(export.exporter(referentiels.dernierePubliee()));

		var mediation = lignes.stream().filter(ligne -> ligne.get("code").equals("FS05-D2")).findFirst().orElseThrow();
		assertThat(mediation.get("libelle")).endsWith("accompagnement à la médiation ;");
		var local = lignes.stream().filter(ligne -> ligne.get("code").equals("CTX-LOCAL-01")).findFirst().orElseThrow();
		assertThat(local.get("libelle")).isEqualTo("Spécificités locales");
		assertThat(local.get("description")).startsWith("La prise en compte des spécificités locales");
	}

	private static java.util.List<CSVRecord> lire(String texte) throws IOException {
		var format = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
		try (var analyse = format.parse(new StringReader(texte.substring(1)))) {
			return analyse.getRecords();
		}
	}

}
