package fr.ava.compte;

import java.util.UUID;

import org.springframework.security.core.Authentication;

/** The account of the person logged in: its id is the name of their authentication. */
public final class CompteConnecte {

	private CompteConnecte() {
	}

	public static UUID id(Authentication authentification) {
		return UUID.fromString(authentification.getName());
	}

}
