package fr.ava.compte.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** A 403 that says in French why: a form without its security token, or a page kept for others. */
class AccesRefuse implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest requete, HttpServletResponse reponse, AccessDeniedException refus)
			throws IOException, ServletException {
		requete.setAttribute("message", refus instanceof CsrfException
				? "Ce formulaire a expiré ou ne vient pas d'AVA : rechargez la page, puis recommencez."
				: "Cette page est réservée à d'autres rôles que le vôtre.");
		reponse.sendError(HttpStatus.FORBIDDEN.value());
	}

}
