package fr.ava.compte.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions in the database, whose time of last access is written at most once a minute.
 * Spring Session sets it on every request, which makes every page of a logged-in person write a
 * row; once a minute is enough for a session that ends after thirty idle minutes, which may thus
 * end up to a minute early. Every other change (login, attributes, expiry) is written at once.
 */
final class DernierAccesALaMinute<S extends Session>
		implements FindByIndexNameSessionRepository<DernierAccesALaMinute.SessionEnBase<S>> {

	static final Duration PRECISION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> enBase;

	DernierAccesALaMinute(FindByIndexNameSessionRepository<S> enBase) {
		this.enBase = enBase;
	}

	@Override
	public SessionEnBase<S> createSession() {
		return new SessionEnBase<>(enBase.createSession());
	}

	@Override
	public void save(SessionEnBase<S> session) {
		enBase.save(session.enBase);
	}

	@Override
	public @Nullable SessionEnBase<S> findById(String id) {
		var session = enBase.findById(id);
		return session == null ? null : new SessionEnBase<>(session);
	}

	@Override
	public void deleteById(String id) {
		enBase.deleteById(id);
	}

	@Override
	public Map<String, SessionEnBase<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return enBase.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, session -> new SessionEnBase<>(session.getValue())));
	}

	/** A session as the database holds it, but for a time of access less than a minute newer. */
	static final class SessionEnBase<S extends Session> implements Session {

		private final S enBase;

		SessionEnBase(S enBase) {
			this.enBase = enBase;
		}

		@Override
		public void setLastAccessedTime(Instant instant) {
			if (Duration.between(enBase.getLastAccessedTime(), instant).compareTo(PRECISION) >= 0) {
				enBase.setLastAccessedTime(instant);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return enBase.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return enBase.getId();
		}

		@Override
		public String changeSessionId() {
			return enBase.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return enBase.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return enBase.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, @Nullable Object attributeValue) {
			enBase.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			enBase.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return enBase.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			enBase.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return enBase.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return enBase.isExpired();
		}

	}

}
