package fr.ava.socle.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import fr.ava.socle.ErreurEnFrancais;

/** Errors met while serving a page: a French error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class ErreursPages {

	private final MessageSource messages;

	ErreursPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView page(ErreurEnFrancais erreur) {
		var page = new ModelAndView("error");
		page.setStatus(erreur.statut());
		page.addObject("status", erreur.statut().value());
		page.addObject("message", erreur.message(messages));
		return page;
	}

}
