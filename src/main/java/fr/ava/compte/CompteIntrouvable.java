package fr.ava.compte;

import fr.ava.socle.RessourceIntrouvable;

/** No such account, or one that is not the asker's to see: a 404 either way. */
public class CompteIntrouvable extends RessourceIntrouvable {

	public CompteIntrouvable() {
		super("compte.introuvable");
	}

}
