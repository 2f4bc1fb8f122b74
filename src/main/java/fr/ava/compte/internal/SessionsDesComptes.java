package fr.ava.compte.internal;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every instance: after a password reset, a change of roles
 * or a deletion. An application started without web server has no sessions to end.
 */
@Component
public class SessionsDesComptes {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionsDesComptes(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	public void fermerToutes(UUID compteId) {
		sessions.ifAvailable(depot -> depot.findByPrincipalName(compteId.toString()).keySet().forEach(depot::deleteById));
	}

}
