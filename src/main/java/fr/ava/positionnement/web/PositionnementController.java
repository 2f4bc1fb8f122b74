package fr.ava.positionnement.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.ava.compte.CompteConnecte;
import fr.ava.positionnement.Frequence;
import fr.ava.positionnement.Niveau;
import fr.ava.positionnement.Partages;
import fr.ava.positionnement.Positionnement;
import fr.ava.positionnement.Positionnements;
import fr.ava.positionnement.Resultats;
import fr.ava.positionnement.Rubrique;
import fr.ava.positionnement.Sens;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.ElementIntrouvable;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiels;
import fr.ava.socle.RequeteInvalide;

/**
 * The self-assessment pages, each for its author only: list, start, one page per mission or function
 * (saved as one goes with htmx, or by the form without JavaScript), values, results.
 */
@Controller
class PositionnementController {

	private final Positionnements positionnements;

	private final Referentiels referentiels;

	private final Partages partages;

	PositionnementController(Positionnements positionnements, Referentiels referentiels, Partages partages) {
		this.positionnements = positionnements;
		this.referentiels = referentiels;
		this.partages = partages;
	}

	@GetMapping("/positionnements")
	String liste(@CompteConnecte UUID compte, Model model) {
		model.addAttribute("positionnements", positionnements.tousDe(compte));
		return "positionnement/liste";
	}

	@GetMapping("/positionnements/nouveau")
	String nouveau(Model model) {
		var referentiel = referentiels.dernierePubliee();
		model.addAttribute("referentiel", referentiel);
		model.addAttribute("obligatoires", Positionnements.MISSIONS_OBLIGATOIRES);
		model.addAttribute("nomMaximum", Positionnements.NOM_MAXIMUM);
		return "positionnement/nouveau";
	}

	@PostMapping("/positionnements")
	String commencer(@RequestParam(name = "perimetre", required = false) @Nullable List<String> choisis,
			@RequestParam(defaultValue = "") String nom, @CompteConnecte UUID compte) {
		var codes = new HashSet<Code>();
		for (var choisi : choisis == null ? List.<String>of() : choisis) {
			if (!Code.estValide(choisi)) {
				throw new RequeteInvalide("positionnement.perimetre.mal-forme", choisi);
			}
			codes.add(Code.of(choisi));
		}
		var positionnement = positionnements.commencer(compte, codes, nom);
		return "redirect:/positionnements/" + positionnement.id();
	}

	@GetMapping("/positionnements/comparaison")
	String comparer(@RequestParam UUID avant, @RequestParam UUID apres, @CompteConnecte UUID compte, Model model) {
		model.addAttribute("comparaison", positionnements.comparer(compte, avant, apres));
		return "positionnement/comparaison";
	}

	@GetMapping("/positionnements/{id}")
	String apercu(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		remplir(model, positionnements.de(compte, id));
		model.addAttribute("partage", partages.partagesDe(compte, id));
		model.addAttribute("structures", partages.structuresPourPartager(compte));
		model.addAttribute("durees", Partages.DUREES);
		model.addAttribute("dureeParDefaut", Partages.DUREE_PAR_DEFAUT);
		model.addAttribute("nomMaximum", Positionnements.NOM_MAXIMUM);
		return "positionnement/apercu";
	}

	@GetMapping("/positionnements/{id}/perimetres/{code}")
	String questionnaire(@PathVariable UUID id, @PathVariable String code, @CompteConnecte UUID compte,
			Model model) {
		var positionnement = positionnements.de(compte, id);
		var perimetres = remplir(model, positionnement);
		var perimetre = perimetre(perimetres, code, positionnement);
		model.addAttribute("perimetre", perimetre);
		model.addAttribute("suivant", suivant(perimetres, perimetre));
		model.addAttribute("niveaux", Niveau.values());
		model.addAttribute("frequences", Frequence.values());
		return "positionnement/questionnaire";
	}

	@PostMapping("/positionnements/{id}/perimetres/{code}")
	String repondre(@PathVariable UUID id, @PathVariable String code, @RequestParam Map<String, String> champs,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@CompteConnecte UUID compte, Model model, RedirectAttributes suite) {
		positionnements.repondre(compte, id, champs);
		var positionnement = positionnements.de(compte, id);
		var perimetres = positionnements.perimetresDe(positionnement);
		var perimetre = perimetre(perimetres, code, positionnement);
		if (htmx != null) {
			remplir(model, positionnement);
			model.addAttribute("perimetre", perimetre);
			return "positionnement/fragments :: progression";
		}
		suite.addFlashAttribute("succes", "Vos réponses sur « " + perimetre.libelle() + " » sont enregistrées.");
		var prochain = suivant(perimetres, perimetre);
		return "redirect:/positionnements/" + id + (prochain == null ? "/valeurs" : "/perimetres/" + prochain.code());
	}

	@GetMapping("/positionnements/{id}/valeurs")
	String valeurs(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		remplir(model, positionnements.de(compte, id));
		model.addAttribute("sens", Sens.values());
		return "positionnement/valeurs";
	}

	@PostMapping("/positionnements/{id}/valeurs")
	String reflechir(@PathVariable UUID id, @RequestParam Map<String, String> champs,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@CompteConnecte UUID compte, RedirectAttributes suite) {
		positionnements.repondre(compte, id, champs);
		if (htmx != null) {
			return "positionnement/fragments :: enregistre";
		}
		suite.addFlashAttribute("succes", "Vos valeurs et éléments de posture sont enregistrés.");
		return "redirect:/positionnements/" + id;
	}

	/** The confirmation step before finishing: what is still unanswered, or why it cannot be finished yet. */
	@GetMapping("/positionnements/{id}/terminer")
	String confirmerLaFin(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		var positionnement = positionnements.de(compte, id);
		if (positionnement.estTermine()) {
			return "redirect:/positionnements/" + id + "/resultats";
		}
		remplir(model, positionnement);
		model.addAttribute("sansReponse", positionnements.sansReponse(positionnement));
		return "positionnement/terminer";
	}

	@PostMapping("/positionnements/{id}/terminer")
	String terminer(@PathVariable UUID id, @CompteConnecte UUID compte) {
		positionnements.terminer(compte, id);
		return "redirect:/positionnements/" + id + "/resultats";
	}

	@PostMapping("/positionnements/{id}/nom")
	String nommer(@PathVariable UUID id, @RequestParam(defaultValue = "") String nom, @CompteConnecte UUID compte,
			RedirectAttributes suite) {
		positionnements.nommer(compte, id, nom);
		suite.addFlashAttribute("succes", nom.isBlank() ? "Le nom du positionnement est retiré." : "Le positionnement est renommé.");
		return "redirect:/positionnements/" + id;
	}

	/** The confirmation step before deleting: what goes with it (answers, shares, links). */
	@GetMapping("/positionnements/{id}/suppression")
	String confirmerLaSuppression(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		model.addAttribute("positionnement", positionnements.de(compte, id));
		model.addAttribute("partage", partages.partagesDe(compte, id));
		return "positionnement/suppression";
	}

	@PostMapping("/positionnements/{id}/suppression")
	String supprimer(@PathVariable UUID id, @CompteConnecte UUID compte, RedirectAttributes suite) {
		var intitule = positionnements.de(compte, id).intitule();
		positionnements.supprimer(compte, id);
		suite.addFlashAttribute("succes", "« " + intitule + " » est supprimé, avec ses partages et ses liens.");
		return "redirect:/positionnements";
	}

	@GetMapping("/positionnements/{id}/resultats")
	String resultats(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		var positionnement = positionnements.de(compte, id);
		var perimetres = remplir(model, positionnement);
		model.addAttribute("resultats",
				Resultats.de(positionnement, perimetres, positionnements.referentielDe(positionnement)));
		model.addAttribute("niveaux", Niveau.values());
		model.addAttribute("rubriques", Rubrique.values());
		return "positionnement/resultats";
	}

	private List<Perimetre> remplir(Model model, Positionnement positionnement) {
		var perimetres = positionnements.perimetresDe(positionnement);
		model.addAttribute("positionnement", positionnement);
		model.addAttribute("perimetres", perimetres);
		model.addAttribute("referentiel", positionnements.referentielDe(positionnement));
		return perimetres;
	}

	/** A mission or function of this self-assessment; any other code is a 404. */
	private static Perimetre perimetre(List<Perimetre> perimetres, String code, Positionnement positionnement) {
		return perimetres.stream()
			.filter(perimetre -> perimetre.code().valeur().equals(code))
			.findFirst()
			.orElseThrow(() -> new ElementIntrouvable(positionnement.version(), code));
	}

	private static @Nullable Perimetre suivant(List<Perimetre> perimetres, Perimetre perimetre) {
		var rang = perimetres.indexOf(perimetre);
		return rang + 1 < perimetres.size() ? perimetres.get(rang + 1) : null;
	}

}
