package fr.ava.socle.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the size limits, met before any handler is chosen (so global): 413 in French. For a
 * page's form Tomcat answers 413 itself, as soon as the security filter reads the form's token: the
 * error page says why.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ErreursDeTeleversement {

	private final MessageSource messages;

	ErreursDeTeleversement(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	@ResponseBody
	ProblemDetail tropGros(MaxUploadSizeExceededException erreur) {
		var probleme = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage("televersement.trop-gros", null, Locale.FRENCH));
		probleme.setTitle(messages.getMessage("erreur.titre.413", null, Locale.FRENCH));
		return probleme;
	}

}
