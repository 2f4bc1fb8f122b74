package fr.ava.fichedeposte;

import java.util.List;

/**
 * What is wrong with a field of the job description: the field's name (the one the form gives it),
 * the code of the French message in {@code messages.properties} and its arguments.
 */
public record ErreurDeSaisie(String champ, String codeMessage, List<Object> arguments) {

	public ErreurDeSaisie {
		arguments = List.copyOf(arguments);
	}

	static ErreurDeSaisie de(String champ, String codeMessage, Object... arguments) {
		return new ErreurDeSaisie(champ, codeMessage, List.of(arguments));
	}

}
