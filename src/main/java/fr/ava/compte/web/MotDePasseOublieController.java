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
import fr.ava.compte.LienInvalide;
import fr.ava.compte.SaisieRefusee;

/** "Mot de passe oublié": a link by mail, then a new password. */
@Controller
class MotDePasseOublieController {

	record Demande(@NotBlank(message = "{compte.email.obligatoire}") @Email(message = "{compte.email.invalide}")
	@Size(max = 254, message = "{compte.email.long}") String email) {
	}

	record NouveauMotDePasse(String jeton, @NotBlank(message = "{compte.mot-de-passe.obligatoire}") String motDePasse,
			String confirmation) {
	}

	private static final String PAGE_MOT_DE_PASSE_OUBLIE = "compte/mot-de-passe-oublie";

	private static final String PAGE_MOT_DE_PASSE_ENVOYE = "compte/mot-de-passe-envoye";

	private static final String PAGE_NOUVEAU_MOT_DE_PASSE = "compte/nouveau-mot-de-passe";

	private final Comptes comptes;

	MotDePasseOublieController(Comptes comptes) {
		this.comptes = comptes;
	}

	@GetMapping("/mot-de-passe-oublie")
	String formulaire(Model model) {
		model.addAttribute("demande", new Demande(""));
		return PAGE_MOT_DE_PASSE_OUBLIE;
	}

	/** The same answer whether the address has an account or not, also once it has had its mails of the hour. */
	@PostMapping("/mot-de-passe-oublie")
	String demander(@Valid @ModelAttribute("demande") Demande demande, BindingResult resultat, HttpServletResponse reponse) {
		if (resultat.hasErrors()) {
			return Formulaires.renvoyer(PAGE_MOT_DE_PASSE_OUBLIE, reponse);
		}
		try {
			comptes.demanderReinitialisation(demande.email());
		}
		catch (SaisieRefusee refus) {
			return Formulaires.renvoyer(PAGE_MOT_DE_PASSE_OUBLIE, resultat, refus, reponse);
		}
		return "redirect:/mot-de-passe-oublie/envoye";
	}

	@GetMapping("/mot-de-passe-oublie/envoye")
	String envoye() {
		return PAGE_MOT_DE_PASSE_ENVOYE;
	}

	@GetMapping("/mot-de-passe-oublie/nouveau")
	String nouveau(@RequestParam String jeton, Model model) {
		if (!comptes.lienDeReinitialisationValide(jeton)) {
			throw new LienInvalide();
		}
		model.addAttribute("nouveau", new NouveauMotDePasse(jeton, "", ""));
		return PAGE_NOUVEAU_MOT_DE_PASSE;
	}

	@PostMapping("/mot-de-passe-oublie/nouveau")
	String changer(@Valid @ModelAttribute("nouveau") NouveauMotDePasse nouveau, BindingResult resultat,
			HttpServletResponse reponse) {
		if (!resultat.hasFieldErrors("motDePasse") && !nouveau.motDePasse().equals(nouveau.confirmation())) {
			resultat.rejectValue("confirmation", "compte.mot-de-passe.different");
		}
		if (resultat.hasErrors()) {
			return Formulaires.renvoyer(PAGE_NOUVEAU_MOT_DE_PASSE, reponse);
		}
		try {
			comptes.reinitialiser(nouveau.jeton(), nouveau.motDePasse());
		}
		catch (SaisieRefusee refus) {
			return Formulaires.renvoyer(PAGE_NOUVEAU_MOT_DE_PASSE, resultat, refus, reponse);
		}
		return "redirect:/connexion?reinitialise";
	}

}
