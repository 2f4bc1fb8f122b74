package fr.ava.compte.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.ava.compte.CompteConnecte;
import fr.ava.compte.DemandeIntrouvable;
import fr.ava.compte.Structures;

/**
 * Requests to join a structure: its approved managers decide them on the structure's page, the
 * administrators on theirs for the structures that have no manager yet. Whoever may not decide
 * finds nothing (404).
 */
@Controller
class DemandesController {

	private static final String APPROUVEE = "La demande est approuvée : la personne fait désormais partie de la structure.";

	private static final String REFUSEE = "La demande est refusée.";

	private final Structures structures;

	DemandesController(Structures structures) {
		this.structures = structures;
	}

	@GetMapping("/structures/{id}/demandes")
	String demandes(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		model.addAttribute("structure", structures.nomPourQuiDecide(compte, id));
		model.addAttribute("demandes", structures.demandesDe(compte, id));
		model.addAttribute("action", "/structures/" + id + "/demandes/");
		return "compte/demandes";
	}

	@PostMapping("/structures/{id}/demandes/{demande}/approuver")
	String approuver(@PathVariable UUID id, @PathVariable UUID demande, @RequestParam(required = false) @Nullable String message,
			@CompteConnecte UUID compte, RedirectAttributes suite) {
		structures.approuver(deLaStructure(compte, id, demande), demande, message);
		suite.addFlashAttribute("succes", APPROUVEE);
		return "redirect:/structures/" + id + "/demandes";
	}

	@PostMapping("/structures/{id}/demandes/{demande}/refuser")
	String refuser(@PathVariable UUID id, @PathVariable UUID demande, @RequestParam(required = false) @Nullable String message,
			@CompteConnecte UUID compte, RedirectAttributes suite) {
		structures.refuser(deLaStructure(compte, id, demande), demande, message);
		suite.addFlashAttribute("succes", REFUSEE);
		return "redirect:/structures/" + id + "/demandes";
	}

	@GetMapping("/admin/demandes")
	String sansResponsable(@CompteConnecte UUID moi, Model model) {
		model.addAttribute("demandes", structures.demandesSansResponsable(moi));
		model.addAttribute("action", "/admin/demandes/");
		return "compte/admin-demandes";
	}

	@PostMapping("/admin/demandes/{demande}/approuver")
	String approuverSansResponsable(@PathVariable UUID demande, @RequestParam(required = false) @Nullable String message,
			@CompteConnecte UUID compte, RedirectAttributes suite) {
		structures.approuver(compte, demande, message);
		suite.addFlashAttribute("succes", APPROUVEE);
		return "redirect:/admin/demandes";
	}

	@PostMapping("/admin/demandes/{demande}/refuser")
	String refuserSansResponsable(@PathVariable UUID demande, @RequestParam(required = false) @Nullable String message,
			@CompteConnecte UUID compte, RedirectAttributes suite) {
		structures.refuser(compte, demande, message);
		suite.addFlashAttribute("succes", REFUSEE);
		return "redirect:/admin/demandes";
	}

	/** The person deciding, once the request is found among the structure's: the address names both. */
	private UUID deLaStructure(UUID compte, UUID structure, UUID demande) {
		if (structures.demandesDe(compte, structure).stream().noneMatch(d -> d.id().equals(demande))) {
			throw new DemandeIntrouvable();
		}
		return compte;
	}

}
