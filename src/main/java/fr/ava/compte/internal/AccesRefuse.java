package fr.ava.compte.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A 403 that says in French why: a form without its security token, or a page kept for others; or a
 * 413 for an upload too large to be read, whose token could not be read either.
 */
class AccesRefuse implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest requete, HttpServletResponse reponse, AccessDeniedException refus)
			throws IOException, ServletException {
		if (refus instanceof CsrfException && televersementIllisible(requete)) {
			requete.setAttribute("message", "Le fichier envoyé est trop gros : 10 Mo au plus par fichier, 50 Mo au plus en tout.");
			reponse.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		requete.setAttribute("message", refus instanceof CsrfException
				? "Ce formulaire a expiré ou ne vient pas d'AVA : rechargez la page, puis recommencez."
				: "Cette page est réservée à d'autres rôles que le vôtre.");
		reponse.sendError(HttpStatus.FORBIDDEN.value());
	}

	/** Tomcat keeps the reason it could not read the parts of an upload over the limits. */
	private static boolean televersementIllisible(HttpServletRequest requete) {
		var type = requete.getContentType();
		if (type == null || !type.startsWith("multipart/")) {
			return false;
		}
		try {
			requete.getParts();
			return false;
		}
		catch (IllegalStateException tropGros) {
			return true;
		}
		catch (IOException | ServletException illisible) {
			return false;
		}
	}

}
