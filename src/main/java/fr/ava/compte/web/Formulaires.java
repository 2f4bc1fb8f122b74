package fr.ava.compte.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import fr.ava.compte.SaisieRefusee;

/** Forms sent back with their errors: shown again, with a 400 (or the refusal's own status, as a 429). */
final class Formulaires {

	private Formulaires() {
	}

	static String renvoyer(String vue, BindingResult resultat, SaisieRefusee refus, HttpServletResponse reponse) {
		resultat.rejectValue(refus.champ(), refus.codeMessage(), refus.arguments(), refus.codeMessage());
		reponse.setStatus(refus.statut().value());
		return vue;
	}

	static String renvoyer(String vue, HttpServletResponse reponse) {
		reponse.setStatus(HttpStatus.BAD_REQUEST.value());
		return vue;
	}

}
