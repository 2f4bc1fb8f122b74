package fr.ava.compte;

import fr.ava.socle.RequeteInvalide;

/** A value typed in a form that AVA refuses, with the field it belongs to: a 400. */
public class SaisieRefusee extends RequeteInvalide {

	private final String champ;

	public SaisieRefusee(String champ, String codeMessage, Object... arguments) {
		super(codeMessage, arguments);
		this.champ = champ;
	}

	public String champ() {
		return champ;
	}

}
