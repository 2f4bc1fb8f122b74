package fr.ava.fichedeposte;

import fr.ava.socle.RessourceIntrouvable;

/** No such job description among the asker's: a 404, whoever else it may belong to. */
public class FicheIntrouvable extends RessourceIntrouvable {

	public FicheIntrouvable() {
		super("fiche.introuvable");
	}

}
