package fr.ava.referentiel;

import fr.ava.socle.RessourceIntrouvable;

/** No version of the framework bears this number (or none is published yet). */
public class VersionIntrouvable extends RessourceIntrouvable {

	public VersionIntrouvable(String numero) {
		super("referentiel.version.introuvable", numero);
	}

}
