package fr.ava.export;

import java.util.Arrays;
import java.util.Optional;

/** The formats a published version is exported in, named by the extension of their address. */
public enum Format {

	PDF("pdf", "application/pdf", "Livret (PDF)",
			"Le référentiel complet à imprimer ou à lire hors ligne : sommaire, signets, document accessible (PDF/UA)."),
	CSV("csv", "text/csv;charset=UTF-8", "Tableur (CSV)",
			"Une ligne par élément, séparateur « ; », pour LibreOffice Calc ou Excel."),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Classeur (XLSX)",
			"Une feuille par nature d'élément (missions, fonctions, compétences, activités…), pour Excel ou Calc."),
	JSON("json", "application/json", "JSON canonique",
			"Le format de référence d'AVA (décrit par son schéma JSON), pour les développeurs et les réimports."),
	CASE("case.json", "application/json", "CASE 1.1 (1EdTech)",
			"Un « CFPackage » pour les serveurs de référentiels de compétences comme OpenSALT."),
	MOODLE("moodle.csv", "text/csv;charset=UTF-8", "Moodle (référentiel de compétences)",
			"Pour l'outil « Importer un référentiel de compétences » de Moodle : missions, fonctions et compétences."),
	TURTLE("ttl", "text/turtle;charset=UTF-8", "SKOS en Turtle",
			"Données liées, comme ESCO : pour les outils du web sémantique et les alignements."),
	JSONLD("jsonld", "application/ld+json", "SKOS en JSON-LD", "Les mêmes données liées, en JSON.");

	private final String extension;

	private final String typeMime;

	private final String libelle;

	private final String usage;

	Format(String extension, String typeMime, String libelle, String usage) {
		this.extension = extension;
		this.typeMime = typeMime;
		this.libelle = libelle;
		this.usage = usage;
	}

	public static Optional<Format> parExtension(String extension) {
		return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
	}

	public static String extensions() {
		return String.join(", ", Arrays.stream(values()).map(Format::extension).toList());
	}

	public String extension() {
		return extension;
	}

	public String typeMime() {
		return typeMime;
	}

	public String libelle() {
		return libelle;
	}

	public String usage() {
		return usage;
	}

}
