package fr.ava.fichedeposte;

import org.springframework.http.HttpStatus;

import fr.ava.socle.ErreurEnFrancais;

/**
 * What cannot be analysed or kept: a text empty (422) or too long (413); the name of an analysis or a
 * corpus blank or too long, a batch without files (400).
 */
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

	static TexteRefuse nomTropLong(int auPlus) {
		return new TexteRefuse(HttpStatus.BAD_REQUEST, "analyse.nom.long", auPlus);
	}

	static TexteRefuse nomDeCorpusTropLong(int auPlus) {
		return new TexteRefuse(HttpStatus.BAD_REQUEST, "corpus.nom.long", auPlus);
	}

	static TexteRefuse nomDeCorpusVide() {
		return new TexteRefuse(HttpStatus.BAD_REQUEST, "corpus.nom.vide");
	}

	static TexteRefuse aucunFichier() {
		return new TexteRefuse(HttpStatus.BAD_REQUEST, "corpus.fichiers.aucun");
	}

	@Override
	public HttpStatus statut() {
		return statut;
	}

}
