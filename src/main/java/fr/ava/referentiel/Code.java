package fr.ava.referentiel;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable, human-readable code of an item of the framework ({@code M1}, {@code FT01-C03}); an
 * item keeps its code from one version to the next.
 */
public record Code(@JsonValue String valeur) implements Comparable<Code> {

	private static final Pattern FORME = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

	public Code {
		if (valeur == null || !FORME.matcher(valeur).matches()) {
			throw new IllegalArgumentException("Code d'élément invalide : « " + valeur + " »");
		}
	}

	public static Code of(String valeur) {
		return new Code(valeur);
	}

	public static boolean estValide(String valeur) {
		return valeur != null && valeur.length() <= 40 && FORME.matcher(valeur).matches();
	}

	@Override
	public int compareTo(Code autre) {
		return valeur.compareTo(autre.valeur);
	}

	@Override
	public String toString() {
		return valeur;
	}

}
