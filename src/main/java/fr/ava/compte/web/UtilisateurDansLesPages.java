package fr.ava.compte.web;

import java.util.Optional;
import java.util.UUID;

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
import fr.ava.compte.Role;

/**
 * The person logged in, for the header of every page ({@code utilisateur}). Their display name is read
 * from the account once, then from the session.
 */
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
	@Nullable Utilisateur utilisateur(@Nullable Authentication authentification,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, HttpServletRequest requete) {
		var utilisateur = authentification == null || htmx != null ? null : connecte(authentification, requete);
		requete.setAttribute("utilisateur", utilisateur);
		return utilisateur;
	}

	private @Nullable Utilisateur connecte(Authentication authentification, HttpServletRequest requete) {
		var session = requete.getSession();
		Optional<String> nom;
		if (session.getAttribute(CompteConnecte.NOM_AFFICHE) instanceof String garde) {
			nom = Optional.of(garde);
		}
		else {
			nom = comptes.parId(UUID.fromString(authentification.getName())).map(Compte::nomAffiche);
			nom.ifPresent(lu -> session.setAttribute(CompteConnecte.NOM_AFFICHE, lu));
		}
		return nom.map(lu -> new Utilisateur(lu, aLeRole(authentification, Role.CURATEUR) || aLeRole(authentification, Role.ADMINISTRATEUR),
				aLeRole(authentification, Role.ADMINISTRATEUR))).orElse(null);
	}

	/** From the roles of the login, which the session keeps: no query. */
	private static boolean aLeRole(Authentication authentification, Role role) {
		return authentification.getAuthorities().stream().anyMatch(autorite -> role.autorite().equals(autorite.getAuthority()));
	}

	/**
	 * What the header shows of the person logged in: their name, and the menu entries of their roles
	 * (the corpus for curators and administrators, the accounts for administrators).
	 */
	public record Utilisateur(String nomAffiche, boolean curateur, boolean administrateur) {
	}

}
