package fr.ava.compte.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spares the database the second read of a session that Spring Session makes at the end of every
 * request whose response was sent before the end of the filters, as every Thymeleaf page is
 * (spring-session issue 1731): a session saved during a request is read back from memory once, by
 * the same request. {@link PendantLaRequete} opens and closes that memory around each request;
 * outside a request every read goes to the database.
 */
final class SansSecondeLecture<S extends Session> implements FindByIndexNameSessionRepository<S> {

	private static final ThreadLocal<@Nullable Map<String, Session>> ENREGISTREES = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> enBase;

	SansSecondeLecture(FindByIndexNameSessionRepository<S> enBase) {
		this.enBase = enBase;
	}

	@Override
	public S createSession() {
		return enBase.createSession();
	}

	@Override
	public void save(S session) {
		enBase.save(session);
		var enregistrees = ENREGISTREES.get();
		if (enregistrees != null) {
			enregistrees.put(session.getId(), session);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable S findById(String id) {
		var enregistrees = ENREGISTREES.get();
		var enregistree = enregistrees == null ? null : enregistrees.remove(id);
		return enregistree != null ? (S) enregistree : enBase.findById(id);
	}

	@Override
	public void deleteById(String id) {
		var enregistrees = ENREGISTREES.get();
		if (enregistrees != null) {
			enregistrees.remove(id);
		}
		enBase.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return enBase.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/** Placed before Spring Session's filter, so that the memory outlives its last read. */
	static final class PendantLaRequete extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
				throws ServletException, IOException {
			ENREGISTREES.set(new HashMap<>());
			try {
				suite.doFilter(requete, reponse);
			}
			finally {
				ENREGISTREES.remove();
			}
		}

	}

}
