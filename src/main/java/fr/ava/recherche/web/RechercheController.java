package fr.ava.recherche.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import fr.ava.recherche.Recherche;
import fr.ava.referentiel.Referentiels;

/**
 * The search page. Typing updates the results in place (htmx asks for the fragment only); without
 * JavaScript the form posts the same query and gets the whole page. The code of an item, sent as a
 * whole page, leads to the item's page; typed live, it shows the item with a link to it.
 */
@Controller
class RechercheController {

	private static final int LIMITE = 100;

	private final Recherche recherche;

	private final Referentiels referentiels;

	RechercheController(Recherche recherche, Referentiels referentiels) {
		this.recherche = recherche;
		this.referentiels = referentiels;
	}

	@GetMapping("/recherche")
	String rechercher(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "derniere") String version,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var referentiel = referentiels.publiee(version);
		var resultats = recherche.rechercher(referentiel, q, LIMITE);
		if (htmx == null && resultats.element() != null) {
			return "redirect:" + resultats.element().lien();
		}
		model.addAttribute("referentiel", referentiel);
		model.addAttribute("resultats", resultats);
		model.addAttribute("raccourcie", q.strip().length() > Recherche.LONGUEUR_MAXIMALE);
		return htmx == null ? "recherche/recherche" : "recherche/fragments :: reponse-htmx";
	}

}
