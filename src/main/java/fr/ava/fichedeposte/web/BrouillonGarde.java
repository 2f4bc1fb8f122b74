package fr.ava.fichedeposte.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import fr.ava.fichedeposte.FicheDePoste;

/**
 * The draft of a visitor who logs in to save it: the fields of a checked job description, kept in
 * their session across the login, until it is saved or the session ends. Plain strings, so that a
 * session stays readable whatever becomes of AVA's classes.
 */
final class BrouillonGarde {

	private static final String ATTRIBUT = "ava.brouillonDeFicheDePoste";

	private BrouillonGarde() {
	}

	static void garder(HttpSession session, FicheDePoste fiche) {
		var champs = new LinkedHashMap<String, ArrayList<String>>();
		champs.put(FormulaireDeFiche.VERSION, new ArrayList<>(List.of(fiche.version().toString())));
		FormulaireDeFiche.caches(fiche, null)
			.forEach(champ -> champs.computeIfAbsent(champ.nom(), nom -> new ArrayList<>()).add(champ.valeur()));
		session.setAttribute(ATTRIBUT, champs);
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
