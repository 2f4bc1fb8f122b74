package fr.ava.export;

import fr.ava.socle.RessourceIntrouvable;

/** No CASE document, package, item or association of a published version has this identifier. */
public class ElementCaseIntrouvable extends RessourceIntrouvable {

	public ElementCaseIntrouvable(String ressource, String identifiant) {
		super("export.case.introuvable", ressource, identifiant);
	}

}
