package fr.ava.recherche;

import fr.ava.socle.RequeteInvalide;

/** A text too long to be matched onto the framework. */
public class TexteTropLong extends RequeteInvalide {

	public TexteTropLong(int longueur, int maximum) {
		super("recherche.rapprochement.trop-long", longueur, maximum);
	}

}
