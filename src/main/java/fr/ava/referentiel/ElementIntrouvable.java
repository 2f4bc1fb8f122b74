package fr.ava.referentiel;

import fr.ava.socle.RessourceIntrouvable;

/** No item of this version bears this code or this name. */
public class ElementIntrouvable extends RessourceIntrouvable {

	public ElementIntrouvable(Version.Numero version, String code) {
		super("referentiel.element.introuvable", code, version);
	}

}
