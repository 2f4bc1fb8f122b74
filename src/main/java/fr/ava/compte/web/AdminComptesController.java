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

/** The administrators' page: every account, and the roles granted to it. */
@Controller
class AdminComptesController {

	private final Comptes comptes;

	AdminComptesController(Comptes comptes) {
		this.comptes = comptes;
	}

	@GetMapping("/admin/comptes")
	String comptes(Model model) {
		model.addAttribute("comptes", comptes.tous());
		model.addAttribute("roles", Role.values());
		return "compte/admin-comptes";
	}

	@PostMapping("/admin/comptes/{id}/roles")
	String roles(@PathVariable UUID id, @RequestParam(name = "role", required = false) @Nullable List<Role> roles,
			RedirectAttributes suite) {
		var compte = comptes.compte(id);
		comptes.definirRoles(id, roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
		suite.addFlashAttribute("succes", "Les rôles de " + compte.nomAffiche() + " sont enregistrés.");
		return "redirect:/admin/comptes";
	}

}
