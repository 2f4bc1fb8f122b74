package fr.ava.referentiel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CacheDesVersionsPublieesTests {

	private final CacheDesVersionsPubliees cache = new CacheDesVersionsPubliees();

	private final AtomicInteger rendus = new AtomicInteger();

	private int statut = 200;

	private final FilterChain page = (requete, reponse) -> {
		rendus.incrementAndGet();
		((HttpServletResponse) reponse).setStatus(statut);
		reponse.setContentType("text/html;charset=UTF-8");
		reponse.getWriter().write("<h1>Veille</h1> rendu " + rendus.get());
	};

	@Test
	void rendUneSeuleFoisUnePageDeVersionPubliee() throws Exception {
		var premiere = servir(requete("/referentiel/1.0/fonctions/veille"));
		var seconde = servir(requete("/referentiel/1.0/fonctions/veille"));

		assertThat(rendus).hasValue(1);
		assertThat(seconde.getContentAsString()).isEqualTo(premiere.getContentAsString()).contains("rendu 1");
		assertThat(seconde.getContentType()).isEqualTo("text/html;charset=UTF-8");
	}

	@Test
	void sertLaFormeGzipAuxClientsQuiLAcceptent() throws Exception {
		servir(requete("/api/v1/versions/1.0"));
		var compressee = requete("/api/v1/versions/1.0");
		compressee.addHeader("Accept-Encoding", "gzip, deflate");

		var reponse = servir(compressee);

		assertThat(reponse.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(reponse.getHeader("Vary")).isEqualTo("Accept-Encoding");
		try (var lecture = new GZIPInputStream(new ByteArrayInputStream(reponse.getContentAsByteArray()))) {
			assertThat(new String(lecture.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<h1>Veille</h1> rendu 1");
		}
	}

	@Test
	void neGardeNiLesErreursNiLaDerniereVersionNiLesFragmentsHtmx() throws Exception {
		statut = 404;
		servir(requete("/referentiel/1.0/fonctions/inconnue"));
		servir(requete("/referentiel/1.0/fonctions/inconnue"));
		statut = 200;
		servir(requete("/api/v1/versions/derniere"));
		servir(requete("/api/v1/versions/derniere"));
		var htmx = requete("/referentiel/1.0/valeurs");
		htmx.addHeader("HX-Request", "true");
		servir(htmx);
		servir(htmx);

		assertThat(rendus).hasValue(6);
	}

	@Test
	void distingueLesParametresEtLesFormatsDemandes() throws Exception {
		var filtree = requete("/referentiel/1.0/competences");
		filtree.setQueryString("perimetre=FT02");
		servir(filtree);
		servir(requete("/referentiel/1.0/competences"));
		var turtle = requete("/referentiel/1.0/competences");
		turtle.addHeader("Accept", "text/turtle");
		servir(turtle);

		assertThat(rendus).hasValue(3);
	}

	private MockHttpServletRequest requete(String chemin) {
		return new MockHttpServletRequest("GET", chemin);
	}

	private MockHttpServletResponse servir(MockHttpServletRequest requete) throws IOException, ServletException {
		var reponse = new MockHttpServletResponse();
		cache.doFilter(requete, reponse, page);
		return reponse;
	}

}
