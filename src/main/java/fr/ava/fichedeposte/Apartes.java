package fr.ava.fichedeposte;

import java.util.regex.Pattern;

/**
 * The asides of a framework text, left out of an employer's document on request: what stands in
 * brackets ("Écouter (écoute active)") and the note calls (the superscript digits of
 * "socio-économique¹"), whose notes a job description does not carry. A text that is nothing but an
 * aside, or whose brackets do not match, is kept whole.
 */
final class Apartes {

	private static final Pattern APPELS_DE_NOTE = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

	private static final Pattern ESPACES = Pattern.compile("\\s{2,}");

	private static final Pattern ESPACE_AVANT_VIRGULE = Pattern.compile("\\s+([,.])");

	private Apartes() {
	}

	static String oter(String texte) {
		var sansNotes = APPELS_DE_NOTE.matcher(texte).replaceAll("");
		var sansParentheses = new StringBuilder();
		var profondeur = 0;
		for (var caractere : sansNotes.toCharArray()) {
			if (caractere == '(') {
				profondeur++;
			}
			else if (caractere == ')') {
				if (profondeur == 0) {
					return sansNotes;
				}
				profondeur--;
			}
			else if (profondeur == 0) {
				sansParentheses.append(caractere);
			}
		}
		if (profondeur != 0) {
			return sansNotes;
		}
		var allege = ESPACE_AVANT_VIRGULE.matcher(ESPACES.matcher(sansParentheses).replaceAll(" ")).replaceAll("$1")
			.strip();
		return allege.isEmpty() ? sansNotes : allege;
	}

}
