package fr.ava.referentiel.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.ava.referentiel.Permaliens;

/**
 * Gives every page the permalinks as a model attribute: Thymeleaf forbids bean references in link
 * attributes, not calls on model objects.
 */
@ControllerAdvice
class PermaliensDansLesPages {

	private final Permaliens permaliens;

	PermaliensDansLesPages(Permaliens permaliens) {
		this.permaliens = permaliens;
	}

	@ModelAttribute("permaliens")
	Permaliens permaliens() {
		return permaliens;
	}

}
