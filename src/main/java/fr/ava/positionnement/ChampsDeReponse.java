package fr.ava.positionnement;

import java.util.Map;

import fr.ava.referentiel.Code;
import fr.ava.socle.RequeteInvalide;

/**
 * The answers a page sends, by field name: {@code n_<code>} a competency's level, {@code f_<code>}
 * an activity's frequency, {@code e_<code>} a portfolio example, {@code s_<code>} and {@code t_<code>}
 * a value's direction and note. The autosave sends one field; the plain form sends them all.
 */
final class ChampsDeReponse {

	private ChampsDeReponse() {
	}

	static void enregistrer(Positionnements.Saisie saisie, Map<String, String> champs) {
		champs.forEach((nom, valeur) -> {
			if (nom.length() < 3 || nom.charAt(1) != '_' || !Code.estValide(nom.substring(2))) {
				return;
			}
			var code = Code.of(nom.substring(2));
			switch (nom.charAt(0)) {
				case 'n' -> saisie.niveau(code, entier(valeur));
				case 'f' -> saisie.frequence(code, valeur.isBlank() ? null : enumeration(Frequence.class, valeur));
				case 'e' -> saisie.exemple(code, valeur);
				case 's' -> saisie.sens(code, valeur.isBlank() ? null : enumeration(Sens.class, valeur));
				case 't' -> saisie.note(code, valeur);
				default -> {
				}
			}
		});
	}

	private static int entier(String valeur) {
		try {
			return Integer.parseInt(valeur.strip());
		}
		catch (NumberFormatException ex) {
			throw new RequeteInvalide("positionnement.niveau.invalide", valeur);
		}
	}

	private static <E extends Enum<E>> E enumeration(Class<E> type, String valeur) {
		try {
			return Enum.valueOf(type, valeur.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RequeteInvalide("positionnement.reponse.invalide", valeur);
		}
	}

}
