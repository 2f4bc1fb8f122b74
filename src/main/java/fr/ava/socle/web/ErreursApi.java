package fr.ava.socle.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import fr.ava.socle.ErreurEnFrancais;

/**
 * Errors of the JSON API as RFC 9457 problem details with a French {@code detail}; Spring MVC's own
 * errors take their French text from {@code messages.properties}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErreursApi extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ErreursApi(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	/** The formats offered, written out rather than as a Java list. */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException erreur,
			HttpHeaders entetes, HttpStatusCode statut, WebRequest requete) {
		return handleExceptionInternal(erreur, ProblemesEnFrancais.formatIndisponible(messages, erreur), entetes, statut,
				requete);
	}

	@ExceptionHandler
	ProblemDetail probleme(ErreurEnFrancais erreur) {
		return ProblemesEnFrancais.avecDetail(messages, erreur.statut(), erreur.message(messages));
	}

}
