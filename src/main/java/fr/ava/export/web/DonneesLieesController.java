package fr.ava.export.web;

import org.eclipse.rdf4j.rio.RDFFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import fr.ava.export.ExportSkos;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.ElementIntrouvable;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;

/**
 * The permalinks of the items also answer linked-data clients: with {@code Accept: text/turtle} or
 * {@code application/ld+json}, the same address gives the item's SKOS statements instead of its page.
 */
@Controller
class DonneesLieesController {

	private static final String VERSION = "/referentiel/{version:\\d+\\.\\d+}";

	private static final String TURTLE = "text/turtle";

	private static final String JSON_LD = "application/ld+json";

	private final Referentiels referentiels;

	private final ExportSkos skos;

	DonneesLieesController(Referentiels referentiels, ExportSkos skos) {
		this.referentiels = referentiels;
		this.skos = skos;
	}

	@GetMapping(path = VERSION + "/elements/{code}", produces = { TURTLE, JSON_LD })
	ResponseEntity<byte[]> element(@PathVariable String version, @PathVariable String code,
			@RequestHeader("Accept") String accept) {
		var referentiel = referentiels.publiee(version);
		return rdf(referentiel, referentiel.noeudNomme(code).code(), accept);
	}

	@GetMapping(path = VERSION + "/missions/{slug}", produces = { TURTLE, JSON_LD })
	ResponseEntity<byte[]> mission(@PathVariable String version, @PathVariable String slug,
			@RequestHeader("Accept") String accept) {
		var referentiel = referentiels.publiee(version);
		var mission = referentiel.mission(slug).orElseThrow(() -> new ElementIntrouvable(referentiel.numero(), slug));
		return rdf(referentiel, mission.code(), accept);
	}

	@GetMapping(path = VERSION + "/fonctions/{slug}", produces = { TURTLE, JSON_LD })
	ResponseEntity<byte[]> fonction(@PathVariable String version, @PathVariable String slug,
			@RequestHeader("Accept") String accept) {
		var referentiel = referentiels.publiee(version);
		var fonction = referentiel.fonction(slug).orElseThrow(() -> new ElementIntrouvable(referentiel.numero(), slug));
		return rdf(referentiel, fonction.code(), accept);
	}

	private ResponseEntity<byte[]> rdf(Referentiel referentiel, Code code, String accept) {
		var turtle = MediaType.parseMediaTypes(accept)
			.stream()
			.anyMatch(type -> type.isCompatibleWith(MediaType.parseMediaType(TURTLE)) && !type.isWildcardType());
		var format = turtle ? RDFFormat.TURTLE : RDFFormat.JSONLD;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(turtle ? TURTLE + ";charset=UTF-8" : JSON_LD))
			.body(skos.exporter(referentiel, code, format));
	}

}
