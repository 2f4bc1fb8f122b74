package fr.ava.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.ava.export.Exports;
import fr.ava.export.Format;
import fr.ava.export.FormatInconnu;
import fr.ava.referentiel.Referentiels;

@RestController
@Tag(name = "Exports", description = "Une version publiée dans les formats des tableurs et des partenaires")
class ExportApiController {

	private final Referentiels referentiels;

	private final Exports exports;

	ExportApiController(Referentiels referentiels, Exports exports) {
		this.referentiels = referentiels;
		this.exports = exports;
	}

	@GetMapping("/api/v1/versions/{version}/export.{extension}")
	@Operation(summary = "Le fichier d'une version dans un format (pdf, csv, xlsx, json, case.json, moodle.csv, ttl, jsonld)")
	ResponseEntity<byte[]> exporter(@Parameter(example = "1.0") @PathVariable String version,
			@Parameter(example = "csv") @PathVariable String extension) {
		var format = Format.parExtension(extension).orElseThrow(() -> new FormatInconnu(extension));
		var referentiel = referentiels.publiee(version);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.typeMime()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("referentiel-ava-" + referentiel.numero() + "." + format.extension())
						.build()
						.toString())
			.body(exports.exporter(referentiel, format));
	}

}
