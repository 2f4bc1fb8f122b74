package fr.ava.positionnement;

import org.springframework.http.HttpStatus;

import fr.ava.socle.ErreurEnFrancais;

/** A completed self-assessment is kept as it was: changing it is a 409. */
public class PositionnementTermine extends ErreurEnFrancais {

	public PositionnementTermine() {
		super("positionnement.termine");
	}

	@Override
	public HttpStatus statut() {
		return HttpStatus.CONFLICT;
	}

}
