package fr.ava.fichedeposte;

import fr.ava.socle.RessourceIntrouvable;

/** No such corpus: a 404. */
public class CorpusIntrouvable extends RessourceIntrouvable {

	public CorpusIntrouvable() {
		super("corpus.introuvable");
	}

}
