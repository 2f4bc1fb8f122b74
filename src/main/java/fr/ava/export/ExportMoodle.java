package fr.ava.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import fr.ava.referentiel.Element;
import fr.ava.referentiel.Referentiel;

/**
 * A version in the CSV format of Moodle's "Import competency framework" tool (tool_lpimportcsv):
 * the framework, its missions and functions as domains, their competencies under them.
 */
@Component
public class ExportMoodle {

	/** The columns of the import tool, in its order. */
	static final String[] COLONNES = { "Parent ID number", "ID number", "Short name", "Description",
			"Description format", "Scale values", "Scale configuration", "Rule type (optional)",
			"Rule outcome (optional)", "Rule config (optional)", "Cross-referenced competency ID numbers",
			"Exported ID (optional)", "Is framework", "Taxonomy" };

	/** Moodle keeps at most 100 characters of a short name. */
	static final int NOM_COURT_MAXIMUM = 100;

	/** Moodle's default competence scale, present on every site. */
	private static final String ECHELLE = "Not yet competent,Competent";

	private static final String CONFIGURATION_ECHELLE = "[{\"scaleid\":\"2\"},{\"id\":2,\"scaledefault\":1,\"proficient\":1}]";

	private static final String TEXTE_BRUT = "2";

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT)
		.setHeader(COLONNES)
		.setRecordSeparator("\n")
		.get();

	public String exporter(Referentiel referentiel) {
		var texte = new StringWriter();
		var cadre = "AVA-" + referentiel.numero();
		try (var csv = FORMAT.print(texte)) {
			csv.printRecord("", cadre, "Référentiel métier AVA " + referentiel.numero(),
					referentiel.definition().texte(), TEXTE_BRUT, ECHELLE, CONFIGURATION_ECHELLE, "", "", "", "", "", "1",
					"domain,competency");
			for (var perimetre : referentiel.perimetres()) {
				ligne(csv, cadre, perimetre.code().valeur(), perimetre.libelle(), String.join(" ",
						perimetre.description().stream().map(Element::libelle).toList()));
				for (var competence : perimetre.competences()) {
					ligne(csv, perimetre.code().valeur(), competence.code().valeur(), competence.libelle(),
							competence.libelle());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texte.toString();
	}

	private static void ligne(CSVPrinter csv, String parent, String code, String nom, String description)
			throws IOException {
		csv.printRecord(parent, code, nomCourt(nom), description, TEXTE_BRUT, "", "", "", "", "", "", "", "", "");
	}

	private static String nomCourt(String nom) {
		return nom.length() <= NOM_COURT_MAXIMUM ? nom : nom.substring(0, NOM_COURT_MAXIMUM - 1).strip() + "…";
	}

}
