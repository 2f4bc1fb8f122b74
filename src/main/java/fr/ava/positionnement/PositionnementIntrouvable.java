package fr.ava.positionnement;

import fr.ava.socle.RessourceIntrouvable;

/** No such self-assessment among the asker's: a 404, whoever else it may belong to. */
public class PositionnementIntrouvable extends RessourceIntrouvable {

	public PositionnementIntrouvable() {
		super("positionnement.introuvable");
	}

}
