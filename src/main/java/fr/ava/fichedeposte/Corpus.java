package fr.ava.fichedeposte;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.document.LectureDeDocuments;
import fr.ava.document.DocumentRefuse;
import fr.ava.document.FichierRecu;
import fr.ava.fichedeposte.internal.JdbcCorpus;
import fr.ava.referentiel.Referentiels;
import fr.ava.socle.RequeteInvalide;

/**
 * The curators' corpora of job descriptions: files uploaded by batches (one type of employer and of
 * territory each), each read and analysed against the corpus' version; only the findings are kept.
 */
@Service
public class Corpus {

	private final JdbcCorpus jdbc;

	private final LectureDeDocuments lecture;

	private final Analyses analyses;

	private final Referentiels referentiels;

	private final Clock horloge;

	private final MessageSource messages;

	Corpus(JdbcCorpus jdbc, LectureDeDocuments lecture, Analyses analyses, Referentiels referentiels, Clock horloge,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.lecture = lecture;
		this.analyses = analyses;
		this.referentiels = referentiels;
		this.horloge = horloge;
		this.messages = messages;
	}

	/**
	 * A new corpus on the latest published version, with its first batch: all or nothing.
	 * @throws DocumentRefuse when the upload as a whole is refused (a dangerous archive…)
	 * @throws RequeteInvalide when the name is blank or too long
	 */
	@Transactional
	public CorpusDeFiches creer(UUID curateur, String nom, TypeDEmployeur employeur, TypeDeTerritoire territoire,
			List<FichierRecu> fichiers) {
		var retenu = nom.strip();
		if (retenu.isEmpty()) {
			throw new RequeteInvalide("corpus.nom.vide");
		}
		if (retenu.length() > AnalysesEnregistrees.NOM_AU_PLUS) {
			throw new RequeteInvalide("corpus.nom.long", AnalysesEnregistrees.NOM_AU_PLUS);
		}
		var corpus = new CorpusDeFiches(UUID.randomUUID(), retenu, referentiels.dernierePubliee().numero().toString(),
				horloge.instant(), 0);
		jdbc.creer(corpus, curateur);
		ajouter(corpus, employeur, territoire, fichiers);
		return de(corpus.id());
	}

	/**
	 * Reads and analyses a batch, then keeps every file's findings (or why it could not be read).
	 * @throws RequeteInvalide when the batch holds no file
	 * @throws DocumentRefuse when the upload as a whole is refused: nothing is kept
	 */
	@Transactional
	public List<FicheDuCorpus> ajouter(UUID corpusId, TypeDEmployeur employeur, TypeDeTerritoire territoire,
			List<FichierRecu> fichiers) {
		return ajouter(de(corpusId), employeur, territoire, fichiers);
	}

	private List<FicheDuCorpus> ajouter(CorpusDeFiches corpus, TypeDEmployeur employeur, TypeDeTerritoire territoire,
			List<FichierRecu> fichiers) {
		if (fichiers.isEmpty()) {
			throw new RequeteInvalide("corpus.fichiers.aucun");
		}
		var fiches = lecture.lireLeCorpus(fichiers).parallelStream().map(lu -> {
			if (lu.texte() == null) {
				return new FicheDuCorpus(lu.nomDuFichier(), employeur, territoire, Set.of(), lu.refus());
			}
			try {
				var analyse = analyses.analyser(lu.texte().texte(), lu.nomDuFichier(), corpus.version());
				return new FicheDuCorpus(lu.nomDuFichier(), employeur, territoire, Set.copyOf(analyse.codesPresents()),
						null);
			}
			catch (TexteRefuse refus) {
				return new FicheDuCorpus(lu.nomDuFichier(), employeur, territoire, Set.of(),
						refus.message(messages));
			}
		}).toList();
		jdbc.ajouter(corpus.id(), fiches, horloge.instant());
		return fiches;
	}

	public List<CorpusDeFiches> tous() {
		return jdbc.tous();
	}

	/**
	 * @throws CorpusIntrouvable when there is no such corpus
	 */
	public CorpusDeFiches de(UUID id) {
		return jdbc.de(id).orElseThrow(CorpusIntrouvable::new);
	}

	public StatistiquesDuCorpus statistiques(UUID id) {
		var corpus = de(id);
		return StatistiquesDuCorpus.de(corpus, jdbc.fiches(id), referentiels.publiee(corpus.version()));
	}

	@Transactional
	public void supprimer(UUID id) {
		if (!jdbc.supprimer(id)) {
			throw new CorpusIntrouvable();
		}
	}

}
