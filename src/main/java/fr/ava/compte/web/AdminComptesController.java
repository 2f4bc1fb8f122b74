package fr.ava.compte.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.ava.compte.Comptes;
import fr.ava.compte.Role;

/** The administrators' page: the accounts, found by name or address, and the roles granted to them. */
@Controller
class AdminComptesController {

	/** Longer texts are cut: no name or address is that long. */
	private static final int RECHERCHE_MAXIMUM = 200;

	private final Comptes comptes;

	AdminComptesController(Comptes comptes) {
		this.comptes = comptes;
	}

	@GetMapping("/admin/comptes")
	String comptes(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("page", comptes.chercher(raccourcie(q), page));
		model.addAttribute("roles", Role.values());
		return "compte/admin-comptes";
	}

	/** Back to the page the administrator was on, with the same search. */
	@PostMapping("/admin/comptes/{id}/roles")
	String roles(@PathVariable UUID id, @RequestParam(name = "role", required = false) @Nullable List<Role> roles,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, RedirectAttributes suite) {
		var compte = comptes.compte(id);
		comptes.definirRoles(id, roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
		suite.addFlashAttribute("succes", "Les rôles de " + compte.nomAffiche() + " sont enregistrés.");
		if (!q.isBlank()) {
			suite.addAttribute("q", raccourcie(q));
		}
		if (page > 1) {
			suite.addAttribute("page", page);
		}
		return "redirect:/admin/comptes";
	}

	private static String raccourcie(String recherche) {
		return recherche.substring(0, Math.min(recherche.length(), RECHERCHE_MAXIMUM));
	}

}
