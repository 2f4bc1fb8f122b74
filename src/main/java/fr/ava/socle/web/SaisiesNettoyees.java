package fr.ava.socle.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter (form field, multipart text field, query string) is cleaned by its
 * {@link FormeDeSaisie} before anything reads it: data binding, {@code @RequestParam} values and maps,
 * Spring Security's login. A filter rather than a binder's editor, because several forms are read as
 * a map of their fields, which no editor sees.
 */
@Component
class SaisiesNettoyees extends OncePerRequestFilter implements OrderedFilter {

	/** After Spring's filter that reads the body of PUT and PATCH forms, before Spring Security. */
	static final int ORDRE = REQUEST_WRAPPER_FILTER_MAX_ORDER - 200;

	@Override
	public int getOrder() {
		return ORDRE;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
			throws ServletException, IOException {
		suite.doFilter(new RequeteNettoyee(requete), reponse);
	}

	/** Cleans at each reading: a forward may add parameters to the request it wraps. */
	private static final class RequeteNettoyee extends HttpServletRequestWrapper {

		RequeteNettoyee(HttpServletRequest requete) {
			super(requete);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			var propres = new LinkedHashMap<String, String[]>();
			super.getParameterMap().forEach((nom, valeurs) -> propres.put(nom, nettoyer(nom, valeurs)));
			return Collections.unmodifiableMap(propres);
		}

		@Override
		public @Nullable String getParameter(String nom) {
			var valeur = super.getParameter(nom);
			return valeur == null ? null : FormeDeSaisie.duChamp(nom).nettoyer(valeur);
		}

		@Override
		public String @Nullable [] getParameterValues(String nom) {
			var valeurs = super.getParameterValues(nom);
			return valeurs == null ? null : nettoyer(nom, valeurs);
		}

		private static String[] nettoyer(String nom, String[] valeurs) {
			var forme = FormeDeSaisie.duChamp(nom);
			var propres = new String[valeurs.length];
			for (int i = 0; i < valeurs.length; i++) {
				propres[i] = forme.nettoyer(valeurs[i]);
			}
			return propres;
		}

	}

}
