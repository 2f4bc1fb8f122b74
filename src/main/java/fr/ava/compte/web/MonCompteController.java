package fr.ava.compte.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.ava.compte.Appartenance;
import fr.ava.compte.CompteConnecte;
import fr.ava.compte.Comptes;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.SaisieRefusee;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;

/** "Mon compte": name, address, password and structures of the person logged in, and only theirs. */
@Controller
class MonCompteController {

	private static final String VUE = "compte/mon-compte";

	record Nom(@NotBlank(message = "{compte.nom.obligatoire}") @Size(max = 80, message = "{compte.nom.long}") String nomAffiche) {
	}

	record MotDePasse(String motDePasseActuel,
			@NotBlank(message = "{compte.mot-de-passe.obligatoire}") String motDePasse, String confirmation) {
	}

	record Adresse(String motDePasseActuel, @NotBlank(message = "{compte.email.obligatoire}")
	@Email(message = "{compte.email.invalide}") @Size(max = 254, message = "{compte.email.long}") String email) {
	}

	record Structure(@NotNull(message = "{compte.structure.type.obligatoire}") @Nullable TypeDeStructure type,
			@NotBlank(message = "{compte.structure.nom.obligatoire}") @Size(max = 120, message = "{compte.structure.nom.long}") String nom,
			@Nullable String siren, @Nullable String rna,
			@NotNull(message = "{compte.structure.role.obligatoire}") @Nullable RoleDansLaStructure role) {
	}

	private final Comptes comptes;

	private final Structures structures;

	MonCompteController(Comptes comptes, Structures structures) {
		this.comptes = comptes;
		this.structures = structures;
	}

	@GetMapping("/mon-compte")
	String page(@CompteConnecte UUID compte, Model model) {
		return afficher(compte, model);
	}

	@PostMapping("/mon-compte/nom")
	String renommer(@Valid @ModelAttribute("nom") Nom nom, BindingResult resultat, @CompteConnecte UUID id,
			Model model, HttpServletResponse reponse, RedirectAttributes suite) {
		if (resultat.hasErrors()) {
			return Formulaires.renvoyer(afficher(id, model), reponse);
		}
		try {
			comptes.renommer(id, nom.nomAffiche());
		}
		catch (SaisieRefusee refus) {
			return Formulaires.renvoyer(afficher(id, model), resultat, refus, reponse);
		}
		return retour(suite, "Votre nom affiché est enregistré.");
	}

	@PostMapping("/mon-compte/mot-de-passe")
	String changerMotDePasse(@Valid @ModelAttribute("motDePasse") MotDePasse motDePasse, BindingResult resultat,
			@CompteConnecte UUID id, Model model, HttpServletRequest requete, HttpServletResponse reponse,
			RedirectAttributes suite) {
		if (!resultat.hasFieldErrors("motDePasse") && !motDePasse.motDePasse().equals(motDePasse.confirmation())) {
			resultat.rejectValue("confirmation", "compte.mot-de-passe.different");
		}
		if (resultat.hasErrors()) {
			return Formulaires.renvoyer(afficher(id, model), reponse);
		}
		try {
			var session = requete.getSession(false);
			comptes.changerMotDePasse(id, motDePasse.motDePasseActuel(), motDePasse.motDePasse(),
					session == null ? null : session.getId());
		}
		catch (SaisieRefusee refus) {
			return Formulaires.renvoyer(afficher(id, model), resultat, refus, reponse);
		}
		return retour(suite, "Votre mot de passe est changé. Vos autres sessions sont fermées.");
	}

	@PostMapping("/mon-compte/email")
	String changerAdresse(@Valid @ModelAttribute("adresse") Adresse adresse, BindingResult resultat,
			@CompteConnecte UUID id, Model model, HttpServletResponse reponse, RedirectAttributes suite) {
		if (resultat.hasErrors()) {
			return Formulaires.renvoyer(afficher(id, model), reponse);
		}
		try {
			comptes.demanderChangementEmail(id, adresse.motDePasseActuel(), adresse.email());
		}
		catch (SaisieRefusee refus) {
			return Formulaires.renvoyer(afficher(id, model), resultat, refus, reponse);
		}
		return retour(suite, "Un lien de confirmation vient d'être envoyé à la nouvelle adresse. "
				+ "Votre compte garde l'ancienne tant que ce lien n'est pas ouvert.");
	}

	@GetMapping("/mon-compte/email")
	String confirmationAdresse(@RequestParam String jeton, Model model) {
		model.addAttribute("jeton", jeton);
		return "compte/confirmation-email";
	}

	@PostMapping("/mon-compte/email/confirmation")
	String confirmerAdresse(@RequestParam String jeton, @CompteConnecte UUID moi, RedirectAttributes suite) {
		var compte = comptes.confirmerChangementEmail(moi, jeton);
		return retour(suite, "Votre compte utilise désormais l'adresse " + compte.email() + ".");
	}

	@PostMapping("/mon-compte/structures")
	String declarer(@Valid @ModelAttribute("structure") Structure structure, BindingResult resultat,
			@CompteConnecte UUID id, Model model, HttpServletResponse reponse, RedirectAttributes suite) {
		if (resultat.hasErrors() || structure.type() == null || structure.role() == null) {
			return Formulaires.renvoyer(afficher(id, model), reponse);
		}
		Appartenance appartenance;
		try {
			appartenance = structures.declarer(id, structure.type(), structure.nom(), structure.siren(), structure.rna(),
					structure.role());
		}
		catch (SaisieRefusee refus) {
			return Formulaires.renvoyer(afficher(id, model), resultat, refus, reponse);
		}
		if (!appartenance.approuvee()) {
			return retour(suite, "Votre demande pour rejoindre « " + appartenance.nom() + " » est envoyée à ses responsables. "
					+ "Vous verrez ici leur réponse.");
		}
		return retour(suite, "La structure « " + appartenance.nom() + " » est ajoutée à votre compte.");
	}

	@PostMapping("/mon-compte/structures/{appartenance}/quitter")
	String quitter(@PathVariable UUID appartenance, @CompteConnecte UUID compte, RedirectAttributes suite) {
		structures.quitter(compte, appartenance);
		return retour(suite, "Vous ne faites plus partie de cette structure dans AVA.");
	}

	private String afficher(UUID id, Model model) {
		var compte = comptes.compte(id);
		model.addAttribute("compte", compte);
		model.addAttribute("appartenances", structures.de(id));
		model.addAttribute("types", TypeDeStructure.values());
		model.addAttribute("rolesDansLaStructure", RoleDansLaStructure.values());
		if (!model.containsAttribute("nom")) {
			model.addAttribute("nom", new Nom(compte.nomAffiche()));
		}
		if (!model.containsAttribute("motDePasse")) {
			model.addAttribute("motDePasse", new MotDePasse("", "", ""));
		}
		if (!model.containsAttribute("adresse")) {
			model.addAttribute("adresse", new Adresse("", ""));
		}
		if (!model.containsAttribute("structure")) {
			model.addAttribute("structure", new Structure(null, "", "", "", RoleDansLaStructure.MEMBRE));
		}
		return VUE;
	}

	private static String retour(RedirectAttributes suite, String message) {
		suite.addFlashAttribute("succes", message);
		return "redirect:/mon-compte";
	}

}
