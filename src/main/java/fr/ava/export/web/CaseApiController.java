package fr.ava.export.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.ava.export.ElementCaseIntrouvable;
import fr.ava.export.ExportCase;
import fr.ava.referentiel.Referentiels;

/**
 * The read paths of the CASE 1.1 service, so that a CASE server can mirror AVA: the published
 * versions as CFDocuments, their packages, items and associations, by identifier.
 */
@RestController
@RequestMapping(path = "/ims/case/v1p1", produces = "application/json")
@Tag(name = "CASE 1.1", description = "Lecture des versions publiées au format 1EdTech CASE 1.1")
class CaseApiController {

	private final Referentiels referentiels;

	private final ExportCase exportCase;

	CaseApiController(Referentiels referentiels, ExportCase exportCase) {
		this.referentiels = referentiels;
		this.exportCase = exportCase;
	}

	@GetMapping("/CFDocuments")
	@Operation(summary = "Les CFDocuments : un par version publiée")
	Map<String, List<ExportCase.Document>> documents() {
		return Map.of("CFDocuments", paquets().map(ExportCase.Paquet::CFDocument).toList());
	}

	@GetMapping("/CFDocuments/{identifiant}")
	ExportCase.Document document(@PathVariable String identifiant) {
		return paquet(identifiant, "CFDocument").CFDocument();
	}

	@GetMapping("/CFPackages/{identifiant}")
	ExportCase.Paquet paquetComplet(@PathVariable String identifiant) {
		return paquet(identifiant, "CFPackage");
	}

	@GetMapping("/CFItems/{identifiant}")
	@Operation(summary = "Un CFItem, tel que la dernière version qui le contient le donne")
	ExportCase.Item item(@PathVariable String identifiant) {
		return dernier(paquet -> paquet.CFItems().stream().filter(item -> item.identifier().equals(identifiant)))
			.orElseThrow(() -> new ElementCaseIntrouvable("CFItem", identifiant));
	}

	@GetMapping("/CFAssociations/{identifiant}")
	ExportCase.Association association(@PathVariable String identifiant) {
		return dernier(paquet -> paquet.CFAssociations()
			.stream()
			.filter(association -> association.identifier().equals(identifiant)))
			.orElseThrow(() -> new ElementCaseIntrouvable("CFAssociation", identifiant));
	}

	private ExportCase.Paquet paquet(String identifiant, String ressource) {
		return paquets().filter(paquet -> paquet.CFDocument().identifier().equals(identifiant))
			.findFirst()
			.orElseThrow(() -> new ElementCaseIntrouvable(ressource, identifiant));
	}

	private <T> Optional<T> dernier(Function<ExportCase.Paquet, Stream<T>> recherche) {
		var trouves = paquets().flatMap(recherche).toList();
		return trouves.isEmpty() ? Optional.empty() : Optional.of(trouves.get(trouves.size() - 1));
	}

	/** The packages of the published versions, oldest first. */
	private Stream<ExportCase.Paquet> paquets() {
		return referentiels.versionsPubliees()
			.stream()
			.map(version -> exportCase.paquet(referentiels.publiee(version.numero())));
	}

}
