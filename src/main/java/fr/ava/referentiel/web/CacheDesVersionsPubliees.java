package fr.ava.referentiel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps in memory, once produced, the pages, API answers and exports of published versions, with
 * their gzip form: a published version never changes, and what is served of it to visitors who are not
 * logged in holds nothing personal. Only successful answers to plain GET requests of such visitors are
 * kept, up to a bound, so that made-up query strings cannot fill the memory. Addresses that name no
 * version ("derniere") are never kept; people logged in get pages made for them (their name in the header).
 */
@Component
class CacheDesVersionsPubliees extends OncePerRequestFilter {

	private static final Pattern VERSION_PUBLIEE = Pattern
		.compile("(/referentiel|/api/v1/versions)/\\d+\\.\\d+(/[^/]+){0,2}");

	private static final int REPONSES_MAXIMUM = 2_000;

	private final ConcurrentMap<String, Reponse> reponses = new ConcurrentHashMap<>();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest requete) {
		return !"GET".equals(requete.getMethod()) || requete.getHeader("HX-Request") != null
				|| requete.getUserPrincipal() != null
				|| !VERSION_PUBLIEE.matcher(requete.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
			throws ServletException, IOException {
		var cle = requete.getRequestURI() + '?' + requete.getQueryString() + ' ' + requete.getHeader(HttpHeaders.ACCEPT);
		var gardee = reponses.get(cle);
		if (gardee == null) {
			var enregistree = new ContentCachingResponseWrapper(reponse);
			chaine.doFilter(requete, enregistree);
			if (enregistree.getStatus() == HttpStatus.OK.value() && enregistree.getContentType() != null
					&& reponses.size() < REPONSES_MAXIMUM) {
				reponses.putIfAbsent(cle, Reponse.de(enregistree.getContentType(),
						enregistree.getHeader(HttpHeaders.CONTENT_DISPOSITION), enregistree.getContentAsByteArray()));
			}
			enregistree.copyBodyToResponse();
			return;
		}
		gardee.ecrire(reponse, accepteGzip(requete));
	}

	private static boolean accepteGzip(HttpServletRequest requete) {
		var encodages = requete.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return encodages != null && encodages.contains("gzip");
	}

	/** @param disposition how a downloaded file is named, if it is one */
	private record Reponse(String type, @Nullable String disposition, byte[] corps, byte[] corpsGzip) {

		static Reponse de(String type, @Nullable String disposition, byte[] corps) {
			var gzip = new ByteArrayOutputStream(corps.length / 4);
			try (var compression = new GZIPOutputStream(gzip)) {
				compression.write(corps);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Reponse(type, disposition, corps, gzip.toByteArray());
		}

		void ecrire(HttpServletResponse reponse, boolean gzip) throws IOException {
			var contenu = gzip ? corpsGzip : corps;
			reponse.setContentType(type);
			reponse.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (disposition != null) {
				reponse.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
			}
			if (gzip) {
				reponse.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			reponse.setContentLength(contenu.length);
			reponse.getOutputStream().write(contenu);
		}

	}

}
