package fr.ava.fichedeposte.web;

import org.springframework.http.HttpStatus;

import fr.ava.socle.ErreurEnFrancais;

/** A call of the analysis API with neither a file nor JSON (415), or a "texte" that is no text (400). */
class ContenuAAnalyserInattendu extends ErreurEnFrancais {

	private final HttpStatus statut;

	ContenuAAnalyserInattendu(HttpStatus statut, String codeMessage) {
		super(codeMessage);
		this.statut = statut;
	}

	@Override
	public HttpStatus statut() {
		return statut;
	}

}
