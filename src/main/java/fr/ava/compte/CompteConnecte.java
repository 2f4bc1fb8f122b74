package fr.ava.compte;

import java.util.UUID;

import org.springframework.security.core.Authentication;

/** The account of the person logged in: its id is the name of their authentication. */
public final class CompteConnecte {

	/**
	 * The display name shown in the header of every page, kept in the session so that a page does not
	 * read the account for it. A plain string: it stays readable whatever becomes of AVA's classes.
	 */
	public static final String NOM_AFFICHE = "ava.nomAffiche";

	private CompteConnecte() {
	}

	public static UUID id(Authentication authentification) {
		return UUID.fromString(authentification.getName());
	}

}
