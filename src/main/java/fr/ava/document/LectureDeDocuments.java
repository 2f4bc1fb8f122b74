package fr.ava.document;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.ava.document.internal.DepliageDuCorpus;
import fr.ava.document.internal.LectureDUnDocument;

/**
 * Reads the text of uploaded fiches de poste: PDF, DOCX, ODT, RTF or plain text, told by their content,
 * one by one or as a corpus (several files, ZIP archives among them). Nothing is stored here.
 */
@Component
public class LectureDeDocuments {

	private final LectureDUnDocument lecture = new LectureDUnDocument();

	private final MessageSource messages;

	public LectureDeDocuments(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One uploaded document → its plain text.
	 * @throws DocumentRefuse when the document is too large, of another format, protected, unreadable or empty
	 */
	public TexteLu lire(String nomDuFichier, byte[] contenu) {
		return lecture.lire(nomDuFichier, contenu);
	}

	/**
	 * A corpus upload: each file, each ZIP archive expanded (one level), each document read; a document that
	 * cannot be read comes back with the French reason, and the others are read all the same.
	 * @throws DocumentRefuse for the whole upload when an archive is damaged, empty or dangerous (an archive
	 * inside, a decompression bomb, too large once inflated) or when it holds more than 200 documents
	 */
	public List<LectureDuCorpus> lireLeCorpus(List<FichierRecu> fichiers) {
		return DepliageDuCorpus.deplier(fichiers).stream().map(this::lireDansLeCorpus).toList();
	}

	private LectureDuCorpus lireDansLeCorpus(FichierRecu fichier) {
		try {
			return new LectureDuCorpus(fichier.nom(), lecture.lire(fichier.nom(), fichier.contenu()), null);
		}
		catch (DocumentRefuse refus) {
			return new LectureDuCorpus(fichier.nom(), null,
					refus.message(messages));
		}
	}

}
