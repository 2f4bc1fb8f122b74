package fr.ava.compte;

import fr.ava.socle.RessourceIntrouvable;

/** No such membership among the asker's: a 404, whoever else it may belong to. */
public class AppartenanceIntrouvable extends RessourceIntrouvable {

	public AppartenanceIntrouvable() {
		super("compte.structure.introuvable");
	}

}
