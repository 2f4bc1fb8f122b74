package fr.ava.fichedeposte;

import fr.ava.socle.RessourceIntrouvable;

/** No such analysis among the asker's: a 404, whoever else it may belong to. */
public class AnalyseIntrouvable extends RessourceIntrouvable {

	public AnalyseIntrouvable() {
		super("analyse.introuvable");
	}

}
