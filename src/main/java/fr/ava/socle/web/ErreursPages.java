package fr.ava.socle.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import fr.ava.socle.ErreurEnFrancais;

/** Errors met while serving a page: a French error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class ErreursPages {

	private static final String PAGE_ERREUR = "error";

	private final MessageSource messages;

	ErreursPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView page(ErreurEnFrancais erreur) {
		return pageDErreur(erreur.statut(), erreur.message(messages));
	}

	/** A value of the wrong type in the address, as {@code ?page=deux}: the API's French message. */
	@ExceptionHandler
	ModelAndView page(MethodArgumentTypeMismatchException erreur) {
		return pageDErreur(HttpStatus.BAD_REQUEST, messageDe(erreur, erreur.getName(), valeur(erreur.getValue())));
	}

	/** A parameter missing from the address, as a link cut before {@code ?jeton=}: the API's French message. */
	@ExceptionHandler
	ModelAndView page(MissingServletRequestParameterException erreur) {
		return pageDErreur(HttpStatus.BAD_REQUEST, messageDe(erreur, erreur.getParameterName()));
	}

	private String messageDe(Exception erreur, @Nullable Object... arguments) {
		return messages.getMessage("problemDetail." + erreur.getClass().getName(), arguments, Locale.FRENCH);
	}

	/** A parameter sent several times comes as an array: its values, as the person wrote them. */
	private static @Nullable Object valeur(@Nullable Object valeur) {
		return valeur instanceof String[] valeurs ? String.join(", ", valeurs) : valeur;
	}

	private static ModelAndView pageDErreur(HttpStatusCode statut, String message) {
		var page = new ModelAndView(PAGE_ERREUR);
		page.setStatus(statut);
		page.addObject("status", statut.value());
		page.addObject("message", message);
		return page;
	}

}
