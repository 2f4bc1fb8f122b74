package fr.ava.fichedeposte;

import org.springframework.stereotype.Component;

import fr.ava.fichedeposte.internal.LectureDUnDocument;

/**
 * Reads the text of uploaded fiches de poste: PDF, DOCX, ODT, RTF or plain text, told by their content.
 * Nothing is stored here.
 */
@Component
public class LectureDeDocuments {

	private final LectureDUnDocument lecture = new LectureDUnDocument();

	/**
	 * One uploaded document → its plain text.
	 * @throws DocumentRefuse when the document is too large, of another format, protected, unreadable or empty
	 */
	public TexteLu lire(String nomDuFichier, byte[] contenu) {
		return lecture.lire(nomDuFichier, contenu);
	}

}
