package fr.ava.socle.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page's address typed or linked directly, with no error behind it: a 404 like any unknown
 * address (French page or problem), instead of the 500 Spring Boot answers for lack of a status. The
 * errors the server forwards there are not requests: this filter does not see them. It runs after the
 * security filters, so that the 404 carries the same headers as any page.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PageDErreurDemandeeDirectement extends OncePerRequestFilter {

	private final String chemin;

	PageDErreurDemandeeDirectement(@Value("${server.error.path:/error}") String chemin) {
		this.chemin = chemin;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest requete) {
		var pathInfo = requete.getPathInfo();
		return !chemin.equals(requete.getServletPath() + (pathInfo == null ? "" : pathInfo));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
			throws ServletException, IOException {
		reponse.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
