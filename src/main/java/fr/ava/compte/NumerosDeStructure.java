package fr.ava.compte;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** The SIREN and RNA numbers a structure is declared with, as typed: spaces and case do not count. */
final class NumerosDeStructure {

	private static final Pattern SIREN = Pattern.compile("\\d{9}");

	/** "W", then the department (two characters, 2A/2B in Corsica), then seven digits. */
	private static final Pattern RNA = Pattern.compile("W[0-9][0-9AB]\\d{7}");

	private NumerosDeStructure() {
	}

	/** @throws SaisieRefusee when it has not nine digits or its check digit is wrong */
	static @Nullable String siren(@Nullable String saisi) {
		var numero = numero(saisi, SIREN, "siren", "compte.structure.siren");
		if (numero != null && (!luhn(numero) || numero.equals("000000000"))) {
			throw new SaisieRefusee("siren", "compte.structure.siren");
		}
		return numero;
	}

	/** @throws SaisieRefusee when it is not of the form W, department, seven digits */
	static @Nullable String rna(@Nullable String saisi) {
		return numero(saisi, RNA, "rna", "compte.structure.rna");
	}

	private static @Nullable String numero(@Nullable String saisi, Pattern forme, String champ, String message) {
		if (saisi == null || saisi.isBlank()) {
			return null;
		}
		var numero = saisi.replace(" ", "").toUpperCase(Locale.ROOT);
		if (!forme.matcher(numero).matches()) {
			throw new SaisieRefusee(champ, message);
		}
		return numero;
	}

	/** The SIREN's check digit (Luhn formula). */
	private static boolean luhn(String chiffres) {
		var somme = 0;
		for (int i = 0; i < chiffres.length(); i++) {
			var chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				chiffre *= 2;
				if (chiffre > 9) {
					chiffre -= 9;
				}
			}
			somme += chiffre;
		}
		return somme % 10 == 0;
	}

}
