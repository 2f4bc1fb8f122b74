package fr.ava.compte;

import fr.ava.socle.RequeteInvalide;

/** A link sent by mail that is unknown, already used or expired: a 400 that changes nothing. */
public class LienInvalide extends RequeteInvalide {

	public LienInvalide() {
		super("compte.lien.invalide");
	}

}
