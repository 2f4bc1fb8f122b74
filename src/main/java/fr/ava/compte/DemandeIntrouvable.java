package fr.ava.compte;

import fr.ava.socle.RessourceIntrouvable;

/**
 * A request, or a structure's requests, that the asker may not decide: a 404 like a missing one,
 * whoever made it.
 */
public class DemandeIntrouvable extends RessourceIntrouvable {

	public DemandeIntrouvable() {
		super("compte.demande.introuvable");
	}

}
