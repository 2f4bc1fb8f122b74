package fr.ava.export;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.rdf4j.rio.RDFFormat;
import org.springframework.stereotype.Service;

import fr.ava.referentiel.FormatCanonique;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Version;

/**
 * Produces the file of a version in a format. A published version never changes, so each of its
 * files is produced once and then kept in memory.
 */
@Service
public class Exports {

	private final Map<Fichier, byte[]> fichiersPublies = new ConcurrentHashMap<>();

	private final ExportPdf pdf;

	private final ExportCsv csv;

	private final ExportXlsx xlsx;

	private final FormatCanonique canonique;

	private final ExportCase caseV1p1;

	private final ExportMoodle moodle;

	private final ExportSkos skos;

	Exports(ExportPdf pdf, ExportCsv csv, ExportXlsx xlsx, FormatCanonique canonique, ExportCase caseV1p1, ExportMoodle moodle,
			ExportSkos skos) {
		this.pdf = pdf;
		this.csv = csv;
		this.xlsx = xlsx;
		this.canonique = canonique;
		this.caseV1p1 = caseV1p1;
		this.moodle = moodle;
		this.skos = skos;
	}

	public byte[] exporter(Referentiel referentiel, Format format) {
		if (!referentiel.version().estPubliee()) {
			return produire(referentiel, format);
		}
		return fichiersPublies.computeIfAbsent(new Fichier(referentiel.numero(), format),
				fichier -> produire(referentiel, format));
	}

	private byte[] produire(Referentiel referentiel, Format format) {
		return switch (format) {
			case PDF -> pdf.exporter(referentiel);
			case CSV -> csv.exporter(referentiel).getBytes(StandardCharsets.UTF_8);
			case XLSX -> xlsx.exporter(referentiel);
			case JSON -> canonique.ecrireEnJson(referentiel);
			case CASE -> caseV1p1.exporter(referentiel);
			case MOODLE -> moodle.exporter(referentiel).getBytes(StandardCharsets.UTF_8);
			case TURTLE -> skos.exporter(referentiel, RDFFormat.TURTLE);
			case JSONLD -> skos.exporter(referentiel, RDFFormat.JSONLD);
		};
	}

	private record Fichier(Version.Numero numero, Format format) {
	}

}
