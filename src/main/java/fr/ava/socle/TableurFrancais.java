package fr.ava.socle;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;

/**
 * A CSV file the way French spreadsheets open it: UTF-8 with a byte order mark, ";" between columns,
 * quotes where Excel expects them.
 */
public final class TableurFrancais {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

	private TableurFrancais() {
	}

	/** The file's text, byte order mark first, then the header line and the rows. */
	public static String ecrire(Iterable<?> entete, Iterable<? extends Iterable<?>> lignes) {
		var texte = new StringWriter().append('\uFEFF');
		try (var csv = FORMAT.print(texte)) {
			csv.printRecord(entete);
			for (var ligne : lignes) {
				csv.printRecord(ligne);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texte.toString();
	}

}
