package fr.ava.referentiel.web;

import fr.ava.socle.RessourceIntrouvable;

/** An address of the API that serves nothing. */
class AdresseInconnue extends RessourceIntrouvable {

	AdresseInconnue() {
		super("api.adresse.inconnue");
	}

}
