package fr.ava.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.springframework.stereotype.Component;

import fr.ava.referentiel.Referentiel;

/**
 * A version as one spreadsheet row per item, the way French spreadsheets open it: UTF-8 with a byte
 * order mark, ";" between columns.
 */
@Component
public class ExportCsv {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL)
		.setDelimiter(';')
		.setHeader(Ligne.COLONNES)
		.get();

	/** The file's text, byte order mark first. */
	public String exporter(Referentiel referentiel) {
		var texte = new StringWriter().append('\uFEFF');
		try (var csv = FORMAT.print(texte)) {
			for (var ligne : Ligne.de(referentiel)) {
				csv.printRecord(ligne.valeurs());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texte.toString();
	}

}
