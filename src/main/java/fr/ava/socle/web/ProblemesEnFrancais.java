package fr.ava.socle.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** An RFC 9457 problem detail whose title and detail are AVA's French messages. */
final class ProblemesEnFrancais {

	private ProblemesEnFrancais() {
	}

	static ProblemDetail probleme(MessageSource messages, HttpStatusCode statut, String codeMessage,
			Object... arguments) {
		var probleme = ProblemDetail.forStatusAndDetail(statut,
				messages.getMessage(codeMessage, arguments, Locale.FRENCH));
		probleme.setTitle(messages.getMessage("erreur.titre." + statut.value(), null, Locale.FRENCH));
		return probleme;
	}

}
