package fr.ava.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Referentiels;

@SpringBootTest
@AutoConfigureMockMvc
class ExportXlsxTests {

	@Autowired
	ExportXlsx export;

	@Autowired
	Referentiels referentiels;

	@Test
	void donneUneFeuilleParNatureAvecSonEnteteFigeEtSesColonnesDimensionnees() throws IOException {
		var referentiel = referentiels.dernierePubliee();
		try (var classeur = new XSSFWorkbook(new ByteArrayInputStream(export.exporter(referentiel)))) {
			var competences = classeur.getSheet(Nature.COMPETENCE.libellePluriel());

			assertThat(competences).isNotNull();
			assertThat(competences.getLastRowNum()).isEqualTo(referentiel.competences().size());
			assertThat(competences.getPaneInformation().isFreezePane()).isTrue();
			assertThat(competences.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(competences.getColumnWidth(5)).isGreaterThan(competences.getColumnWidth(1));
			assertThat(competences.getRow(0).getCell(1).getStringCellValue()).isEqualTo("code");
			var total = 0;
			for (var feuille : classeur) {
				total += feuille.getLastRowNum();
			}
			assertThat(total).isEqualTo(referentiel.noeuds().size());
		}
	}

	@Test
	void gardeLesTextesEtLesRangsDesElements() throws IOException {
		try (var classeur = new XSSFWorkbook(new ByteArrayInputStream(export.exporter(referentiels.dernierePubliee())))) {
			var valeurs = classeur.getSheet(Nature.VALEUR.libellePluriel());
			var derniere = valeurs.getRow(valeurs.getLastRowNum());

			assertThat(derniere.getCell(1).getStringCellValue()).isEqualTo("V26");
			assertThat(derniere.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(derniere.getCell(4).getNumericCellValue()).isEqualTo(26);
			assertThat(derniere.getCell(5).getStringCellValue()).isEqualTo("Ouverture d'esprit");
		}
	}

}
