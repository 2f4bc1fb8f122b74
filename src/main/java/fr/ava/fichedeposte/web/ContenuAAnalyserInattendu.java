package fr.ava.fichedeposte.web;

import org.springframework.http.HttpStatus;

import fr.ava.socle.ErreurEnFrancais;

/** A call of the analysis API with neither a file nor JSON (415), or a "texte" that is no text (400). */
class ContenuAAnalyserInattendu extends ErreurEnFrancais {

	ContenuAAnalyserInattendu(String codeMessage) {
		super(codeMessage);
	}

	@Override
	public HttpStatus statut() {
		return codeMessage().equals("analyse.api.contenu") ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
	}

}
