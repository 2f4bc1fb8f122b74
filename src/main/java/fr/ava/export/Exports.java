package fr.ava.export;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

import fr.ava.referentiel.FormatCanonique;
import fr.ava.referentiel.Referentiel;

/** Produces the file of a version in a format. */
@Service
public class Exports {

	private final ExportCsv csv;

	private final FormatCanonique canonique;

	Exports(ExportCsv csv, FormatCanonique canonique) {
		this.csv = csv;
		this.canonique = canonique;
	}

	public byte[] exporter(Referentiel referentiel, Format format) {
		return switch (format) {
			case CSV -> csv.exporter(referentiel).getBytes(StandardCharsets.UTF_8);
			case JSON -> canonique.ecrireEnJson(referentiel);
		};
	}

}
