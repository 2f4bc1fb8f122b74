package fr.ava.socle.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The path of the page shown ({@code cheminCourant}), for the menus to mark the current link. */
@ControllerAdvice(annotations = Controller.class)
class PageCourante {

	@ModelAttribute("cheminCourant")
	String cheminCourant(HttpServletRequest requete) {
		return requete.getRequestURI().substring(requete.getContextPath().length());
	}

}
