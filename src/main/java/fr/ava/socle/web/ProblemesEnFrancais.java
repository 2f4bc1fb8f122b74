package fr.ava.socle.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/** An RFC 9457 problem detail whose title and detail are AVA's French messages. */
final class ProblemesEnFrancais {

	private ProblemesEnFrancais() {
	}

	static ProblemDetail probleme(MessageSource messages, HttpStatusCode statut, String codeMessage,
			Object... arguments) {
		return avecDetail(messages, statut, messages.getMessage(codeMessage, arguments, Locale.FRENCH));
	}

	/** With a detail already written, such as {@link fr.ava.socle.ErreurEnFrancais#message}. */
	static ProblemDetail avecDetail(MessageSource messages, HttpStatusCode statut, String detail) {
		var probleme = ProblemDetail.forStatusAndDetail(statut, detail);
		probleme.setTitle(titre(messages, statut.value(), null));
		return probleme;
	}

	/** The French name of a status, as problem details and error bodies give it. */
	static String titre(MessageSource messages, int statut, @Nullable String sinon) {
		return messages.getMessage("erreur.titre." + statut, null, sinon, Locale.FRENCH);
	}

	/** 406, with the formats the address does offer, written out. */
	static ProblemDetail formatIndisponible(MessageSource messages, HttpMediaTypeNotAcceptableException erreur) {
		var formats = erreur.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
		return probleme(messages, HttpStatus.NOT_ACCEPTABLE,
				"problemDetail." + HttpMediaTypeNotAcceptableException.class.getName(), formats);
	}

}
