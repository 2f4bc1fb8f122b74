package fr.ava.referentiel;

import fr.ava.socle.RequeteInvalide;

/** A version number that is not of the form "1.0". */
public class NumeroDeVersionInvalide extends RequeteInvalide {

	public NumeroDeVersionInvalide(String texte) {
		super("referentiel.version.invalide", texte);
	}

}
