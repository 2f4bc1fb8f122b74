package fr.ava.fichedeposte.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The draft of a visitor who logs in to save it: its fields, kept in their session across the login,
 * until it is saved or the session ends. Plain strings, so that a session stays readable whatever
 * becomes of AVA's classes.
 */
final class BrouillonGarde {

	private static final String ATTRIBUT = "ava.brouillonDeFicheDePoste";

	/** The fields that say what to do with the draft, not what it holds. */
	private static final Set<String> HORS_FICHE = Set.of("_csrf", "aller", "etape", "fiche");

	private BrouillonGarde() {
	}

	static void garder(HttpSession session, MultiValueMap<String, String> champs) {
		var fiche = new LinkedHashMap<String, ArrayList<String>>();
		champs.forEach((nom, valeurs) -> {
			if (!HORS_FICHE.contains(nom)) {
				fiche.put(nom, new ArrayList<>(valeurs));
			}
		});
		session.setAttribute(ATTRIBUT, fiche);
	}

	static Optional<MultiValueMap<String, String>> garde(HttpSession session) {
		if (session.getAttribute(ATTRIBUT) instanceof Map<?, ?> fiche) {
			var champs = new LinkedMultiValueMap<String, String>();
			fiche.forEach((nom, valeurs) -> ((Iterable<?>) valeurs).forEach(valeur -> champs.add((String) nom, (String) valeur)));
			return Optional.of(champs);
		}
		return Optional.empty();
	}

	static void oublier(HttpSession session) {
		session.removeAttribute(ATTRIBUT);
	}

}
