package fr.ava.referentiel.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.ElementIntrouvable;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiels;
import fr.ava.socle.RequeteInvalide;

/** The framework read by partner systems: versions, a version's whole tree, any item by its code. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Référentiel", description = "Lecture des versions publiées du référentiel métier")
class ReferentielApiController {

	private final Referentiels referentiels;

	private final Permaliens permaliens;

	ReferentielApiController(Referentiels referentiels, Permaliens permaliens) {
		this.referentiels = referentiels;
		this.permaliens = permaliens;
	}

	@GetMapping("/versions")
	@Operation(summary = "Les versions publiées, de la plus ancienne à la plus récente")
	List<VersionJson> versions() {
		return referentiels.versionsPubliees().stream().map(version -> VersionJson.de(version, permaliens)).toList();
	}

	@GetMapping("/versions/{version}")
	@Operation(summary = "Une version entière : définition, missions, fonctions, valeurs, contexte")
	ArbreJson version(@Parameter(description = "numéro de version (« 1.0 ») ou « derniere »",
			example = "1.0") @PathVariable String version) {
		return ArbreJson.de(referentiels.publiee(version), permaliens);
	}

	@GetMapping("/versions/{version}/elements/{code}")
	@Operation(summary = "Un élément d'une version par son code (mission, fonction, compétence, activité, valeur…)")
	ElementJson element(@Parameter(example = "1.0") @PathVariable String version,
			@Parameter(description = "code stable de l'élément", example = "FT01-C02") @PathVariable String code) {
		if (!Code.estValide(code)) {
			throw new RequeteInvalide("referentiel.code.invalide", code);
		}
		var referentiel = referentiels.publiee(version);
		return referentiel.noeud(Code.of(code))
			.map(noeud -> ElementJson.de(referentiel, noeud, permaliens))
			.orElseThrow(() -> new ElementIntrouvable(referentiel.numero(), code));
	}

	/** Any other address under the API is a problem detail too, not an HTML page. */
	@Hidden
	@RequestMapping("/**")
	void inconnue() {
		throw new AdresseInconnue();
	}

}
