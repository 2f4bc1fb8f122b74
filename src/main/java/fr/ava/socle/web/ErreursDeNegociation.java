package fr.ava.socle.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * An address asked for in a format it does not offer (an {@code Accept} header no format matches):
 * 406, with the formats it does offer. Global, since no handler is chosen in that case.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ErreursDeNegociation {

	private final MessageSource messages;

	ErreursDeNegociation(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	@ResponseBody
	ProblemDetail formatIndisponible(HttpMediaTypeNotAcceptableException erreur) {
		var formats = erreur.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
		var probleme = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
				messages.getMessage("problemDetail." + HttpMediaTypeNotAcceptableException.class.getName(),
						new Object[] { formats }, Locale.FRENCH));
		probleme.setTitle(messages.getMessage("erreur.titre.406", null, Locale.FRENCH));
		return probleme;
	}

}
