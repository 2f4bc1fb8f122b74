package fr.ava.fichedeposte.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

import fr.ava.fichedeposte.StatistiquesDuCorpus;

/**
 * The figures of a corpus for a spreadsheet: one line per mission and function, the number of files
 * showing it and its share, then the same by type of employer and of territory (the group's size in the
 * column's name). Semicolons and a byte order mark, as French spreadsheets expect.
 */
final class CsvDuCorpus {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

	private CsvDuCorpus() {
	}

	static String de(StatistiquesDuCorpus stats) {
		var lues = stats.lues().size();
		var entete = new ArrayList<String>(List.of("code", "libellé", "fiches (sur " + lues + ")", "part (%)"));
		stats.employeurs().forEach(e -> entete.add(e.libelle() + " (sur " + stats.lues(e) + ")"));
		stats.territoires().forEach(t -> entete.add(t.libelle() + " (sur " + stats.lues(t) + ")"));
		var texte = new StringWriter().append('\uFEFF');
		try (var csv = FORMAT.print(texte)) {
			csv.printRecord(entete);
			for (var ligne : stats.lignes()) {
				var valeurs = new ArrayList<Object>(List.of(ligne.code(), ligne.libelle(), ligne.fiches(),
						ligne.part(lues)));
				stats.employeurs().forEach(e -> valeurs.add(ligne.parEmployeur().get(e)));
				stats.territoires().forEach(t -> valeurs.add(ligne.parTerritoire().get(t)));
				csv.printRecord(valeurs);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texte.toString();
	}

}
