package fr.ava.compte.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

import fr.ava.compte.Compte;
import fr.ava.compte.CompteConnecte;
import fr.ava.compte.Comptes;

/** The account of the person logged in, for the header of every page ({@code utilisateur}). */
@ControllerAdvice(annotations = Controller.class)
class UtilisateurDansLesPages {

	private final Comptes comptes;

	UtilisateurDansLesPages(Comptes comptes) {
		this.comptes = comptes;
	}

	/**
	 * Nobody for the fragments htmx asks for: they have no header. Also a request attribute, which
	 * templates read as well: the French error pages start from an empty model and still name the person.
	 */
	@ModelAttribute("utilisateur")
	@Nullable Compte utilisateur(@Nullable Authentication authentification,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest requete) {
		var compte = authentification == null || htmx != null ? null
				: comptes.parId(CompteConnecte.id(authentification)).orElse(null);
		requete.setAttribute("utilisateur", compte);
		return compte;
	}

}
