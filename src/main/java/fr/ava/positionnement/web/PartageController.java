package fr.ava.positionnement.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import fr.ava.compte.CompteConnecte;
import fr.ava.positionnement.Niveau;
import fr.ava.positionnement.Partages;
import fr.ava.positionnement.Positionnement;
import fr.ava.positionnement.Positionnements;
import fr.ava.positionnement.Resultats;

/**
 * Sharing a self-assessment: the author's forms (with a structure's managers, by a link, revoke), the
 * public page of a link, what managers received and their team's anonymous means. Whoever receives a
 * self-assessment reads it only.
 */
@Controller
class PartageController {

	private final Partages partages;

	private final Positionnements positionnements;

	PartageController(Partages partages, Positionnements positionnements) {
		this.partages = partages;
		this.positionnements = positionnements;
	}

	@PostMapping("/positionnements/{id}/partages")
	String partagerAvecStructure(@PathVariable UUID id, @RequestParam UUID structure, @CompteConnecte UUID compte,
			RedirectAttributes suite) {
		partages.partagerAvecStructure(compte, id, structure);
		suite.addFlashAttribute("succes", "Ce positionnement est partagé avec les responsables de la structure.");
		return "redirect:/positionnements/" + id + "#partager";
	}

	@PostMapping("/positionnements/{id}/partages/{structure}/retirer")
	String retirerPartage(@PathVariable UUID id, @PathVariable UUID structure, @CompteConnecte UUID compte,
			RedirectAttributes suite) {
		partages.retirerPartage(compte, id, structure);
		suite.addFlashAttribute("succes", "Ce positionnement n'est plus partagé avec cette structure.");
		return "redirect:/positionnements/" + id + "#partager";
	}

	@PostMapping("/positionnements/{id}/liens")
	String creerLien(@PathVariable UUID id, @RequestParam(defaultValue = "" + Partages.DUREE_PAR_DEFAUT) int duree,
			@CompteConnecte UUID compte, RedirectAttributes suite) {
		var lien = partages.creerLien(compte, id, duree);
		// Shown once, after this redirect: only the secret's SHA-256 is kept. The address is the one the
		// author reached AVA by (behind a trusted proxy, the one its forwarded headers give).
		suite.addFlashAttribute("lienCree",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/partage/{secret}").buildAndExpand(lien.secret()).toUriString());
		suite.addFlashAttribute("lienExpireLe", lien.expireLeJour());
		return "redirect:/positionnements/" + id + "#partager";
	}

	@PostMapping("/positionnements/{id}/liens/{lien}/revoquer")
	String revoquerLien(@PathVariable UUID id, @PathVariable UUID lien, @CompteConnecte UUID compte,
			RedirectAttributes suite) {
		partages.revoquerLien(compte, id, lien);
		suite.addFlashAttribute("succes", "Le lien est révoqué : il ne fonctionne plus.");
		return "redirect:/positionnements/" + id + "#partager";
	}

	/** The public page of a share link: the results, to read. */
	@GetMapping("/partage/{secret}")
	String parLien(@PathVariable String secret, Model model) {
		lecture(model, partages.parLien(secret), null);
		return "positionnement/lecture";
	}

	@GetMapping("/positionnements/partages-avec-moi")
	String partagesAvecMoi(@CompteConnecte UUID compte, Model model) {
		model.addAttribute("partages", partages.partagesAvecMoi(compte));
		return "positionnement/partages-avec-moi";
	}

	@GetMapping("/positionnements/partages-avec-moi/{id}")
	String partageAvecMoi(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		var partage = partages.partagesAvecMoi(compte)
			.stream()
			.filter(p -> p.positionnementId().equals(id))
			.findFirst()
			.orElse(null);
		lecture(model, partages.partageAvecMoi(compte, id), partage == null ? null : partage.auteur());
		return "positionnement/lecture";
	}

	@GetMapping("/structures/{id}/equipe")
	String equipe(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		model.addAttribute("equipe", partages.equipe(compte, id));
		return "positionnement/equipe";
	}

	private void lecture(Model model, Positionnement positionnement, @Nullable String auteur) {
		var perimetres = positionnements.perimetresDe(positionnement);
		model.addAttribute("positionnement", positionnement);
		model.addAttribute("auteur", auteur);
		model.addAttribute("resultats", Resultats.de(positionnement, perimetres, positionnements.referentielDe(positionnement)));
		model.addAttribute("niveaux", Niveau.values());
		model.addAttribute("lecture", true);
	}

}
