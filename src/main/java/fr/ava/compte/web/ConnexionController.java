package fr.ava.compte.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import fr.ava.compte.ConnexionFreinee;

/** The login page (Spring Security checks what it sends) and the logout page. */
@Controller
class ConnexionController {

	/** A button "Se connecter avec …" per identity provider configured. */
	record Fournisseur(String adresse, String nom) {
	}

	private final ObjectProvider<ClientRegistrationRepository> fournisseurs;

	ConnexionController(ObjectProvider<ClientRegistrationRepository> fournisseurs) {
		this.fournisseurs = fournisseurs;
	}

	@GetMapping("/connexion")
	String connexion(@RequestParam(required = false) @Nullable String erreur, HttpSession session, Model model) {
		if (erreur != null) {
			model.addAttribute("erreur", message(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)));
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		model.addAttribute("fournisseurs", fournisseurs());
		return "compte/connexion";
	}

	@GetMapping("/deconnexion")
	String deconnexion() {
		return "compte/deconnexion";
	}

	private List<Fournisseur> fournisseurs() {
		var liste = new ArrayList<Fournisseur>();
		if (fournisseurs.getIfAvailable() instanceof Iterable<?> enregistrements) {
			for (var enregistrement : enregistrements) {
				if (enregistrement instanceof ClientRegistration client) {
					liste.add(new Fournisseur("/oauth2/authorization/" + client.getRegistrationId(), client.getClientName()));
				}
			}
		}
		return liste;
	}

	/** The same words for an unknown address and a wrong password: nothing tells which it was. */
	private static String message(@Nullable Object erreur) {
		if (erreur instanceof DisabledException) {
			return "Votre adresse n'est pas encore confirmée : ouvrez le lien que nous vous avons envoyé par courriel.";
		}
		if (erreur instanceof OAuth2AuthenticationException oidc && oidc.getError().getDescription() != null) {
			return oidc.getError().getDescription();
		}
		if (erreur instanceof ConnexionFreinee freinee && freinee.getMessage() != null) {
			return freinee.getMessage();
		}
		return "Adresse électronique ou mot de passe incorrect.";
	}

}
