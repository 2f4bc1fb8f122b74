package fr.ava.referentiel.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.ElementIntrouvable;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;

/**
 * The pages of a version of the framework. Every address names the version; addresses without one
 * lead to the latest published version.
 */
@Controller
class ReferentielController {

	static final String VERSION = "/referentiel/{version:\\d+\\.\\d+}";

	private static final String PAGE_ACCUEIL = "referentiel/accueil";

	private static final String PAGE_PERIMETRE = "referentiel/perimetre";

	private static final String PAGE_INDEX = "referentiel/index";

	private static final String PAGE_VALEURS = "referentiel/valeurs";

	private static final String PAGE_CONTEXTE = "referentiel/contexte";

	private static final String PAGE_ELEMENT = "referentiel/element";

	private final Referentiels referentiels;

	private final Permaliens permaliens;

	ReferentielController(Referentiels referentiels, Permaliens permaliens) {
		this.referentiels = referentiels;
		this.permaliens = permaliens;
	}

	@GetMapping("/")
	String accueil(Model model) {
		model.addAttribute("referentiel", referentiels.dernierePubliee());
		return PAGE_ACCUEIL;
	}

	@GetMapping(VERSION)
	String accueil(@PathVariable String version, Model model) {
		model.addAttribute("referentiel", referentiels.publiee(version));
		return PAGE_ACCUEIL;
	}

	@GetMapping(path = VERSION + "/missions/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	Object mission(@PathVariable String version, @PathVariable String slug, Model model) {
		var referentiel = referentiels.publiee(version);
		return perimetre(referentiel, referentiel.mission(slug).map(Perimetre.class::cast), slug, model);
	}

	@GetMapping(path = VERSION + "/fonctions/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	Object fonction(@PathVariable String version, @PathVariable String slug, Model model) {
		var referentiel = referentiels.publiee(version);
		return perimetre(referentiel, referentiel.fonction(slug).map(Perimetre.class::cast), slug, model);
	}

	/** A mission or function named by its code ({@code FT01}) leads to its page named by its slug. */
	private Object perimetre(Referentiel referentiel, Optional<Perimetre> parSlug, String slug, Model model) {
		if (parSlug.isEmpty()) {
			var parCode = Code.estValide(slug) ? referentiel.perimetre(Code.of(slug)) : Optional.<Perimetre>empty();
			var perimetre = parCode.orElseThrow(() -> new ElementIntrouvable(referentiel.numero(), slug));
			return redirection(permaliens.perimetre(referentiel.numero(), perimetre));
		}
		model.addAttribute("referentiel", referentiel);
		model.addAttribute("perimetre", parSlug.get());
		return PAGE_PERIMETRE;
	}

	@GetMapping(VERSION + "/competences")
	String competences(@PathVariable String version, @RequestParam(required = false) @Nullable String perimetre,
			Model model) {
		return index(referentiels.publiee(version), Nature.COMPETENCE, perimetre, model);
	}

	@GetMapping(VERSION + "/activites")
	String activites(@PathVariable String version, @RequestParam(required = false) @Nullable String perimetre,
			Model model) {
		return index(referentiels.publiee(version), Nature.ACTIVITE, perimetre, model);
	}

	private String index(Referentiel referentiel, Nature nature, @Nullable String filtre, Model model) {
		var choisi = filtre == null || filtre.isBlank() ? Optional.<Perimetre>empty()
				: referentiel.perimetres().stream().filter(p -> p.code().valeur().equals(filtre)).findFirst();
		List<Perimetre> perimetres = choisi.map(List::of).orElseGet(referentiel::perimetres);
		model.addAttribute("referentiel", referentiel);
		model.addAttribute("nature", nature);
		model.addAttribute("rubrique", nature == Nature.COMPETENCE ? "competences" : "activites");
		model.addAttribute("perimetres", perimetres);
		model.addAttribute("filtre", choisi.map(p -> p.code().valeur()).orElse(""));
		return PAGE_INDEX;
	}

	@GetMapping(VERSION + "/valeurs")
	String valeurs(@PathVariable String version, Model model) {
		model.addAttribute("referentiel", referentiels.publiee(version));
		return PAGE_VALEURS;
	}

	@GetMapping(VERSION + "/contexte")
	String contexte(@PathVariable String version, Model model) {
		model.addAttribute("referentiel", referentiels.publiee(version));
		return PAGE_CONTEXTE;
	}

	@GetMapping(path = VERSION + "/elements/{code}", produces = MediaType.TEXT_HTML_VALUE)
	Object element(@PathVariable String version, @PathVariable String code, Model model) {
		var referentiel = referentiels.publiee(version);
		var noeud = referentiel.noeudNomme(code);
		if (noeud.nature().estUnPerimetre()) {
			return redirection(permaliens.element(referentiel, noeud.code()));
		}
		model.addAttribute("referentiel", referentiel);
		model.addAttribute("noeud", noeud);
		model.addAttribute("parent", Optional.ofNullable(noeud.parent()).flatMap(referentiel::noeud).orElse(null));
		model.addAttribute("perimetre", referentiel.perimetreDe(noeud.code()).orElse(null));
		model.addAttribute("enfants", referentiel.enfants(noeud.code()));
		return PAGE_ELEMENT;
	}

	/** Addresses without a version resolve to the latest published version. */
	@GetMapping({ "/referentiel", "/referentiel/{rubrique:missions|fonctions|competences|activites|valeurs|contexte|elements|telecharger}",
			"/referentiel/{rubrique:missions|fonctions|elements}/{nom}" })
	RedirectView derniereVersion(@PathVariable(required = false) @Nullable String rubrique,
			@PathVariable(required = false) @Nullable String nom,
			@RequestParam(required = false) @Nullable String perimetre) {
		var adresse = UriComponentsBuilder.fromPath(permaliens.version(referentiels.dernierePubliee().numero()))
			.pathSegment(Stream.of(rubrique, nom).filter(Objects::nonNull).toArray(String[]::new))
			.queryParamIfPresent("perimetre", Optional.ofNullable(perimetre))
			.encode()
			.build()
			.toUriString();
		return redirection(adresse);
	}

	private static RedirectView redirection(String adresse) {
		var redirection = new RedirectView(adresse);
		redirection.setExposeModelAttributes(false);
		return redirection;
	}

}
