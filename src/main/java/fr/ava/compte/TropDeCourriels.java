package fr.ava.compte;

import org.springframework.http.HttpStatus;

/**
 * A mail refused because its address has had its few mails of the hour: a 429, on the address
 * field. Its message says nothing else, whether the address has an account in particular.
 */
public class TropDeCourriels extends SaisieRefusee {

	public TropDeCourriels() {
		super("email", "compte.courriels.trop");
	}

	@Override
	public HttpStatus statut() {
		return HttpStatus.TOO_MANY_REQUESTS;
	}

}
