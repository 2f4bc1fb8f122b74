package fr.ava.compte.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import fr.ava.compte.CompteConnecte;

/**
 * The sessions of an account, on every instance: ended after a password change or reset, a change of
 * roles or a deletion; told to read the display name again after a rename. An application started
 * without web server has no sessions.
 */
@Component
public class SessionsDesComptes {


	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionsDesComptes(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	public void fermerToutes(UUID compteId) {
		fermerToutesSauf(compteId, null);
	}

	/** Ends every session of the account but the one given (the person's own, still in use). */
	public void fermerToutesSauf(UUID compteId, @Nullable String gardee) {
		sessions.ifAvailable(depot -> depot.findByPrincipalName(compteId.toString())
			.keySet()
			.stream()
			.filter(id -> !id.equals(gardee))
			.forEach(depot::deleteById));
	}

	/** After a rename: the next page of each session of the account reads the new name. */
	public void oublierLeNomAffiche(UUID compteId) {
		sessions.ifAvailable(depot -> oublierLeNomAffiche(depot, compteId));
	}

	private static <S extends Session> void oublierLeNomAffiche(FindByIndexNameSessionRepository<S> depot,
			UUID compteId) {
		depot.findByPrincipalName(compteId.toString()).values().forEach(session -> {
			session.removeAttribute(CompteConnecte.NOM_AFFICHE);
			depot.save(session);
		});
	}

}
