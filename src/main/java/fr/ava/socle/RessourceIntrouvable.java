package fr.ava.socle;

import org.springframework.http.HttpStatus;

/** What was asked for does not exist: a 404. */
public abstract class RessourceIntrouvable extends ErreurEnFrancais {

	protected RessourceIntrouvable(String codeMessage, Object... arguments) {
		super(codeMessage, arguments);
	}

	@Override
	public HttpStatus statut() {
		return HttpStatus.NOT_FOUND;
	}

}
