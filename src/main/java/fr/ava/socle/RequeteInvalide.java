package fr.ava.socle;

import org.springframework.http.HttpStatus;

/** A request whose parameters cannot be understood: a 400. */
public class RequeteInvalide extends ErreurEnFrancais {

	public RequeteInvalide(String codeMessage, Object... arguments) {
		super(codeMessage, arguments);
	}

	@Override
	public HttpStatus statut() {
		return HttpStatus.BAD_REQUEST;
	}

}
