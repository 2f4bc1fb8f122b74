package fr.ava.fichedeposte;

import org.springframework.http.HttpStatus;

import fr.ava.socle.ErreurEnFrancais;

/** A text that cannot be analysed: empty (422) or too long (413). */
public final class TexteRefuse extends ErreurEnFrancais {

	private final HttpStatus statut;

	private TexteRefuse(HttpStatus statut, String codeMessage, Object... arguments) {
		super(codeMessage, arguments);
		this.statut = statut;
	}

	static TexteRefuse vide() {
		return new TexteRefuse(HttpStatus.UNPROCESSABLE_CONTENT, "analyse.texte.vide");
	}

	static TexteRefuse tropLong(int auPlus) {
		return new TexteRefuse(HttpStatus.CONTENT_TOO_LARGE, "analyse.texte.long", auPlus);
	}

	@Override
	public HttpStatus statut() {
		return statut;
	}

}
