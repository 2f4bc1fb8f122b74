package fr.ava.socle.web;


import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Errors met before any handler is chosen, so answered for every address, in French. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ErreursAvantLeControleur {

	private final MessageSource messages;

	ErreursAvantLeControleur(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * An address asked for in a format it does not offer (an {@code Accept} header no format matches):
	 * 406, with the formats it does offer.
	 */
	@ExceptionHandler
	@ResponseBody
	ProblemDetail formatIndisponible(HttpMediaTypeNotAcceptableException erreur) {
		return ProblemesEnFrancais.formatIndisponible(messages, erreur);
	}

	/**
	 * An upload over the size limits: 413. For a page's form Tomcat answers 413 itself, as soon as the
	 * security filter reads the form's token: the error page says why.
	 */
	@ExceptionHandler
	@ResponseBody
	ProblemDetail tropGros(MaxUploadSizeExceededException erreur) {
		return ProblemesEnFrancais.probleme(messages, HttpStatus.CONTENT_TOO_LARGE, "televersement.trop-gros");
	}

	/** A body announced as multipart that cannot be read (no boundary, cut short): 400, not a server error. */
	@ExceptionHandler
	@ResponseBody
	ProblemDetail malForme(MultipartException erreur) {
		return ProblemesEnFrancais.probleme(messages, HttpStatus.BAD_REQUEST, "televersement.mal-forme");
	}

}
