package fr.ava.export;

import java.nio.charset.StandardCharsets;

import org.eclipse.rdf4j.rio.RDFFormat;
import org.springframework.stereotype.Service;

import fr.ava.referentiel.FormatCanonique;
import fr.ava.referentiel.Referentiel;

/** Produces the file of a version in a format. */
@Service
public class Exports {

	private final ExportCsv csv;

	private final ExportXlsx xlsx;

	private final FormatCanonique canonique;

	private final ExportCase caseV1p1;

	private final ExportMoodle moodle;

	private final ExportSkos skos;

	Exports(ExportCsv csv, ExportXlsx xlsx, FormatCanonique canonique, ExportCase caseV1p1, ExportMoodle moodle,
			ExportSkos skos) {
		this.csv = csv;
		this.xlsx = xlsx;
		this.canonique = canonique;
		this.caseV1p1 = caseV1p1;
		this.moodle = moodle;
		this.skos = skos;
	}

	public byte[] exporter(Referentiel referentiel, Format format) {
		return switch (format) {
			case CSV -> csv.exporter(referentiel).getBytes(StandardCharsets.UTF_8);
			case XLSX -> xlsx.exporter(referentiel);
			case JSON -> canonique.ecrireEnJson(referentiel);
			case CASE -> caseV1p1.exporter(referentiel);
			case MOODLE -> moodle.exporter(referentiel).getBytes(StandardCharsets.UTF_8);
			case TURTLE -> skos.exporter(referentiel, RDFFormat.TURTLE);
			case JSONLD -> skos.exporter(referentiel, RDFFormat.JSONLD);
		};
	}

}
