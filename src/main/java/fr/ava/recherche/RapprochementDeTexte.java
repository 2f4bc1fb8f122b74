package fr.ava.recherche;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import fr.ava.recherche.internal.AnalyseurDuRapprochement;
import fr.ava.recherche.internal.DecoupageEnPhrases;
import fr.ava.recherche.internal.ExpressionsDuMetier;
import fr.ava.recherche.internal.LectureDesFiches;
import fr.ava.recherche.internal.RapprocheurDeVersion;
import fr.ava.recherche.internal.RapprochementSettings;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;
import fr.ava.referentiel.Version;
import fr.ava.referentiel.VersionPubliee;

/**
 * Matches a free text, a job description say, onto a published version of the framework: each
 * sentence onto the items it speaks of, then each mission and function onto the sentences that show
 * it. The matcher of a version is built once, in the background, as soon as the version is
 * published or the application is ready; a request that comes first builds it.
 */
@Service
public class RapprochementDeTexte {

	private static final Logger log = LoggerFactory.getLogger(RapprochementDeTexte.class);

	/**
	 * Longer texts are refused: a job description of ten pages is some 40 000 characters, and documents are
	 * read up to 50 pages of about 3 000.
	 */
	public static final int LONGUEUR_MAXIMALE = 150_000;

	private final Referentiels referentiels;

	private final AnalyseurDuRapprochement analyse = new AnalyseurDuRapprochement();

	private final DecoupageEnPhrases decoupage = new DecoupageEnPhrases(new LectureDesFiches());

	private final ExpressionsDuMetier expressions = ExpressionsDuMetier.lues();

	private final RapprochementSettings reglages = RapprochementSettings.lus();

	private final ConcurrentMap<Version.Numero, RapprocheurDeVersion> parVersion = new ConcurrentHashMap<>();

	private final TaskExecutor taches;

	RapprochementDeTexte(Referentiels referentiels, TaskExecutor taches) {
		this.referentiels = referentiels;
		this.taches = taches;
	}

	/**
	 * @param version a published version number ("1.0"), or {@code derniere}
	 * @throws fr.ava.referentiel.VersionIntrouvable when no published version bears this number
	 * @throws fr.ava.referentiel.NumeroDeVersionInvalide when the number is not of the form "1.0"
	 * @throws TexteTropLong beyond {@link #LONGUEUR_MAXIMALE} characters
	 */
	public Rapprochement rapprocher(String version, String texte) {
		return rapprocher(referentiels.publiee(version), texte);
	}

	public Rapprochement rapprocher(Referentiel referentiel, String texte) {
		if (texte.length() > LONGUEUR_MAXIMALE) {
			throw new TexteTropLong(texte.length(), LONGUEUR_MAXIMALE);
		}
		return rapprocheur(referentiel).rapprocher(texte, reglages);
	}

	/** After commit, in the background: a start must not wait for it, and a first request would build it anyway. */
	@ApplicationModuleListener
	void preparer(VersionPubliee publiee) {
		rapprocheur(referentiels.publiee(publiee.numero()));
	}

	@EventListener(ApplicationReadyEvent.class)
	void preparerLesVersionsPubliees() {
		taches.execute(() -> referentiels.versionsPubliees()
			.forEach(version -> rapprocheur(referentiels.publiee(version.numero()))));
	}

	private RapprocheurDeVersion rapprocheur(Referentiel referentiel) {
		return parVersion.computeIfAbsent(referentiel.numero(), numero -> {
			var debut = System.nanoTime();
			var rapprocheur = new RapprocheurDeVersion(referentiel, analyse, decoupage, expressions);
			log.info("Rapprochement de textes : version {} prête en {} ms", numero, (System.nanoTime() - debut) / 1_000_000);
			return rapprocheur;
		});
	}

}
