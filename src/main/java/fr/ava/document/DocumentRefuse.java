package fr.ava.document;

import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.CONTENT_TOO_LARGE;
import static org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT;
import static org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE;

import org.springframework.http.HttpStatus;

import fr.ava.socle.ErreurEnFrancais;

/** An uploaded document or archive whose text is not read, and why; the first argument is always a file's name. */
public class DocumentRefuse extends ErreurEnFrancais {

	/** Why a document is refused: its message and its HTTP status. */
	public enum Motif {

		TROP_GRAND(CONTENT_TOO_LARGE, "trop-grand"),
		TROP_DE_PAGES(CONTENT_TOO_LARGE, "trop-de-pages"),
		TROP_LONG(CONTENT_TOO_LARGE, "trop-long"),
		FORMAT_NON_PRIS_EN_CHARGE(UNSUPPORTED_MEDIA_TYPE, "format"),
		PROTEGE(UNPROCESSABLE_CONTENT, "protege"),
		ILLISIBLE(UNPROCESSABLE_CONTENT, "illisible"),
		TROP_LENT(UNPROCESSABLE_CONTENT, "trop-lent"),
		VIDE(UNPROCESSABLE_CONTENT, "vide"),
		SCAN(UNPROCESSABLE_CONTENT, "scan"),
		ARCHIVE_ILLISIBLE(UNPROCESSABLE_CONTENT, "archive.illisible"),
		ARCHIVE_VIDE(UNPROCESSABLE_CONTENT, "archive.vide"),
		ARCHIVE_IMBRIQUEE(BAD_REQUEST, "archive.imbriquee"),
		TROP_DE_FICHIERS(BAD_REQUEST, "archive.trop-de-fichiers"),
		DECOMPRESSION_TROP_GROSSE(BAD_REQUEST, "archive.trop-gros"),
		ELEMENT_TROP_GROS(BAD_REQUEST, "archive.element-trop-gros"),
		BOMBE(BAD_REQUEST, "archive.bombe");

		private final HttpStatus statut;

		private final String codeMessage;

		Motif(HttpStatus statut, String code) {
			this.statut = statut;
			this.codeMessage = "fichedeposte.lecture." + code;
		}

	}

	private final Motif motif;

	public DocumentRefuse(Motif motif, String nomDuFichier, Object... autresArguments) {
		super(motif.codeMessage, arguments(nomDuFichier, autresArguments));
		this.motif = motif;
	}

	public Motif motif() {
		return motif;
	}

	@Override
	public HttpStatus statut() {
		return motif.statut;
	}

	private static Object[] arguments(String nomDuFichier, Object[] autres) {
		var tous = new Object[autres.length + 1];
		tous[0] = nomDuFichier;
		System.arraycopy(autres, 0, tous, 1, autres.length);
		return tous;
	}

}
