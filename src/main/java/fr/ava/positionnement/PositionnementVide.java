package fr.ava.positionnement;

import org.springframework.http.HttpStatus;

import fr.ava.socle.ErreurEnFrancais;

/** A self-assessment with nothing answered cannot be finished: a 409, and it stays open. */
public class PositionnementVide extends ErreurEnFrancais {

	public PositionnementVide() {
		super("positionnement.vide");
	}

	@Override
	public HttpStatus statut() {
		return HttpStatus.CONFLICT;
	}

}
