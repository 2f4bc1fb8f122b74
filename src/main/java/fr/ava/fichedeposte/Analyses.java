package fr.ava.fichedeposte;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.ava.document.LectureDeDocuments;
import fr.ava.document.DocumentRefuse;
import fr.ava.document.FichierRecu;
import fr.ava.recherche.RapprochementDeTexte;
import fr.ava.referentiel.Referentiels;

/**
 * Reads a job description, pasted or uploaded, against the latest published version of the framework.
 * Nothing is kept: saving is {@link AnalysesEnregistrees}' business.
 */
@Service
public class Analyses {

	/** About 50 pages of text: the longest job description a person may paste. */
	public static final int TEXTE_AU_PLUS = RapprochementDeTexte.LONGUEUR_MAXIMALE;

	private final Referentiels referentiels;

	private final RapprochementDeTexte rapprochement;

	private final LectureDeDocuments lecture;

	Analyses(Referentiels referentiels, RapprochementDeTexte rapprochement, LectureDeDocuments lecture) {
		this.referentiels = referentiels;
		this.rapprochement = rapprochement;
		this.lecture = lecture;
	}

	/**
	 * @throws TexteRefuse when the text is blank or longer than {@link #TEXTE_AU_PLUS}
	 */
	public AnalyseDeFiche analyserLeTexte(String texte) {
		return analyser(texte, null, derniereVersion());
	}

	/**
	 * @throws DocumentRefuse when the file cannot be read (type, size, encryption, no text…)
	 */
	public AnalyseDeFiche analyserLeDocument(FichierRecu fichier) {
		var lu = lecture.lire(fichier.nom(), fichier.contenu());
		return analyser(lu.texte(), lu.nomDuFichier(), derniereVersion());
	}

	/** Again, on the version it was first made on. */
	AnalyseDeFiche analyser(String texte, @Nullable String source, String version) {
		verifier(texte);
		return new AnalyseDeFiche(texte, source, rapprochement.rapprocher(version, texte));
	}

	/** The version a text is analysed on today. */
	String derniereVersion() {
		return referentiels.dernierePubliee().numero().toString();
	}

	/**
	 * @throws TexteRefuse when the text is blank or longer than {@link #TEXTE_AU_PLUS}
	 */
	static void verifier(String texte) {
		if (texte.isBlank()) {
			throw TexteRefuse.vide();
		}
		if (texte.length() > TEXTE_AU_PLUS) {
			throw TexteRefuse.tropLong(TEXTE_AU_PLUS);
		}
	}

}
