package fr.ava.fichedeposte;

import java.util.List;

import fr.ava.socle.RequeteInvalide;

/**
 * A job description that cannot be saved or exported: the first step with errors, and its errors.
 * Nothing is saved.
 */
public class FicheInvalide extends RequeteInvalide {

	private final Etape etape;

	private final List<ErreurDeSaisie> erreurs;

	public FicheInvalide(Etape etape, List<ErreurDeSaisie> erreurs) {
		super("fiche.invalide", etape.numero(), etape.titre());
		this.etape = etape;
		this.erreurs = List.copyOf(erreurs);
	}

	public Etape etape() {
		return etape;
	}

	public List<ErreurDeSaisie> erreurs() {
		return erreurs;
	}

}
