package fr.ava.compte.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.ava.compte.Comptes;
import fr.ava.compte.SaisieRefusee;

/** Sign-up, then confirmation of the address by the link received by mail. */
@Controller
class InscriptionController {

	record Inscription(
			@NotBlank(message = "{compte.email.obligatoire}") @Email(message = "{compte.email.invalide}")
			@Size(max = 254, message = "{compte.email.long}") String email,
			@NotBlank(message = "{compte.nom.obligatoire}") @Size(max = 80, message = "{compte.nom.long}") String nomAffiche,
			@NotBlank(message = "{compte.mot-de-passe.obligatoire}") String motDePasse, String confirmation) {

		static Inscription vide() {
			return new Inscription("", "", "", "");
		}

	}

	private static final String PAGE_INSCRIPTION = "compte/inscription";

	private static final String PAGE_INSCRIPTION_ENVOYEE = "compte/inscription-envoyee";

	private static final String PAGE_CONFIRMATION = "compte/confirmation";

	private final Comptes comptes;

	InscriptionController(Comptes comptes) {
		this.comptes = comptes;
	}

	@GetMapping("/inscription")
	String formulaire(Model model) {
		model.addAttribute("inscription", Inscription.vide());
		return PAGE_INSCRIPTION;
	}

	@PostMapping("/inscription")
	String inscrire(@Valid @ModelAttribute("inscription") Inscription inscription, BindingResult resultat,
			HttpServletResponse reponse) {
		if (!resultat.hasFieldErrors("motDePasse") && !inscription.motDePasse().equals(inscription.confirmation())) {
			resultat.rejectValue("confirmation", "compte.mot-de-passe.different");
		}
		if (resultat.hasErrors()) {
			return Formulaires.renvoyer(PAGE_INSCRIPTION, reponse);
		}
		try {
			comptes.inscrire(inscription.email(), inscription.nomAffiche(), inscription.motDePasse());
		}
		catch (SaisieRefusee refus) {
			return Formulaires.renvoyer(PAGE_INSCRIPTION, resultat, refus, reponse);
		}
		return "redirect:/inscription/envoyee";
	}

	@GetMapping("/inscription/envoyee")
	String envoyee() {
		return PAGE_INSCRIPTION_ENVOYEE;
	}

	/** The link of the mail shows a button: a mail scanner that opens links confirms nothing. */
	@GetMapping("/inscription/confirmation")
	String confirmation(@RequestParam String jeton, Model model) {
		model.addAttribute("jeton", jeton);
		return PAGE_CONFIRMATION;
	}

	@PostMapping("/inscription/confirmation")
	String confirmer(@RequestParam String jeton) {
		comptes.confirmerInscription(jeton);
		return "redirect:/connexion?confirme";
	}

}
