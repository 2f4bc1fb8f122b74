package fr.ava.compte.web;

import java.util.UUID;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.ava.compte.CompteConnecte;
import fr.ava.compte.Comptes;
import fr.ava.compte.DonneesPersonnelles;
import fr.ava.compte.SaisieRefusee;

/** "Mes données" (RGPD): download everything AVA holds about me, or delete my account. */
@Controller
class MesDonneesController {

	private final Comptes comptes;

	private final List<DonneesPersonnelles> donnees;

	MesDonneesController(Comptes comptes, List<DonneesPersonnelles> donnees) {
		this.comptes = comptes;
		this.donnees = donnees;
	}

	@GetMapping("/mes-donnees")
	String page(@CompteConnecte UUID moi, Model model) {
		model.addAttribute("compte", comptes.compte(moi));
		model.addAttribute("rubriques", donnees.stream().map(DonneesPersonnelles::rubrique).toList());
		return "compte/mes-donnees";
	}

	@GetMapping("/mes-donnees/export.json")
	ResponseEntity<Map<String, Object>> exporter(@CompteConnecte UUID id) {
		var tout = new LinkedHashMap<String, Object>();
		tout.put("exporteLe", Instant.now());
		donnees.forEach(partie -> tout.put(partie.rubrique(), partie.de(id)));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mes-donnees-ava.json").build().toString())
			.body(tout);
	}

	/**
	 * Deletes the account after confirmation: the password, or for an account that has none (identity
	 * provider) its address typed again.
	 */
	@PostMapping("/mes-donnees/suppression")
	String supprimer(@RequestParam(defaultValue = "") String confirmation, Authentication authentification, @CompteConnecte UUID moi,
			HttpServletRequest requete, HttpServletResponse reponse, Model model) {
		var compte = comptes.compte(moi);
		try {
			if (compte.aUnMotDePasse()) {
				comptes.verifierMotDePasse(compte.id(), confirmation);
			}
			else if (!compte.email().equals(Comptes.normaliser(confirmation))) {
				throw new SaisieRefusee("confirmation", "compte.suppression.confirmation");
			}
		}
		catch (SaisieRefusee refus) {
			model.addAttribute("refus", refus.codeMessage());
			return Formulaires.renvoyer(page(moi, model), reponse);
		}
		comptes.supprimer(compte.id());
		new SecurityContextLogoutHandler().logout(requete, reponse, authentification);
		return "redirect:/compte-supprime";
	}

	@GetMapping("/compte-supprime")
	String supprime() {
		return "compte/compte-supprime";
	}

}
