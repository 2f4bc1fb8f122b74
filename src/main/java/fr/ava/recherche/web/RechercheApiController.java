package fr.ava.recherche.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.ava.recherche.Recherche;
import fr.ava.recherche.ResultatsDeRecherche;
import fr.ava.referentiel.Referentiels;
import fr.ava.socle.RequeteInvalide;

@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Recherche", description = "Recherche en français dans une version publiée")
class RechercheApiController {

	private static final int LIMITE_MAXIMALE = 200;

	private final Recherche recherche;

	private final Referentiels referentiels;

	RechercheApiController(Recherche recherche, Referentiels referentiels) {
		this.recherche = recherche;
		this.referentiels = referentiels;
	}

	@GetMapping("/recherche")
	@Operation(summary = "Les éléments qui répondent à une recherche, groupés par nature",
			description = "Analyse du français : élisions, accents, pluriels et formes proches (« benevole » trouve « bénévolat »). "
					+ "Le code d'un élément (« FT01-C02 », « ft01 ») donne cet élément seul, dans « element » et en premier résultat. "
					+ "Un mot que le référentiel n'écrit pas donne dans « suggestions » la même recherche avec les mots les plus proches qu'il écrit, "
					+ "chacune trouvant au moins un élément.")
	ResultatsDeRecherche rechercher(
			@Parameter(description = "les mots cherchés (200 caractères au plus)", example = "subventions") @RequestParam String q,
			@Parameter(description = "numéro de version ou « derniere »") @RequestParam(defaultValue = "derniere") String version,
			@Parameter(description = "nombre maximal de résultats (1 à 200)") @RequestParam(defaultValue = "50") int limite) {
		if (q.isBlank()) {
			throw new RequeteInvalide("recherche.requete.vide");
		}
		if (q.length() > Recherche.LONGUEUR_MAXIMALE) {
			throw new RequeteInvalide("recherche.requete.longue", Recherche.LONGUEUR_MAXIMALE);
		}
		if (limite < 1 || limite > LIMITE_MAXIMALE) {
			throw new RequeteInvalide("recherche.limite.invalide", LIMITE_MAXIMALE);
		}
		return recherche.rechercher(referentiels.publiee(version), q, limite);
	}

}
