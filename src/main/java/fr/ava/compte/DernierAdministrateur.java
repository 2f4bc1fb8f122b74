package fr.ava.compte;

import org.springframework.http.HttpStatus;

import fr.ava.socle.ErreurEnFrancais;

/** AVA keeps at least one administrator: taking the role from the last one is a 409. */
public class DernierAdministrateur extends ErreurEnFrancais {

	public DernierAdministrateur() {
		super("compte.administrateur.dernier");
	}

	@Override
	public HttpStatus statut() {
		return HttpStatus.CONFLICT;
	}

}
