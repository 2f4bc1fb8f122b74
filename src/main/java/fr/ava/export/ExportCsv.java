package fr.ava.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Noeud;
import fr.ava.referentiel.Referentiel;

/**
 * A version as one spreadsheet row per item, the way French spreadsheets open it: UTF-8 with a byte
 * order mark, ";" between columns.
 */
@Component
public class ExportCsv {

	static final String[] COLONNES = { "version", "code", "nature", "code_parent", "ordre", "libelle",
			"description" };

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL)
		.setDelimiter(';')
		.setHeader(COLONNES)
		.get();

	/** The file's text, byte order mark first. */
	public String exporter(Referentiel referentiel) {
		var texte = new StringWriter().append('\uFEFF');
		var rangs = new HashMap<Fratrie, Integer>();
		try (var csv = FORMAT.print(texte)) {
			for (var noeud : referentiel.noeuds()) {
				var rang = rangs.merge(new Fratrie(noeud.parent(), noeud.nature()), 1, Integer::sum);
				csv.printRecord(referentiel.numero(), noeud.code(), noeud.nature().name(),
						noeud.parent() == null ? "" : noeud.parent(), rang, libelle(noeud), description(noeud));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texte.toString();
	}

	/** The items an item's rank counts among: those of the same kind under the same parent. */
	private record Fratrie(@Nullable Code parent, Nature nature) {
	}

	/** An item's title when it has one, else its text. */
	private static String libelle(Noeud noeud) {
		return noeud.titre() != null ? noeud.titre() : noeud.texte();
	}

	/** The text of an item that also has a title, or the attribution of a quotation. */
	private static String description(Noeud noeud) {
		if (noeud.titre() != null && noeud.texte() != null) {
			return noeud.texte();
		}
		return noeud.complement() == null ? "" : noeud.complement();
	}

}
