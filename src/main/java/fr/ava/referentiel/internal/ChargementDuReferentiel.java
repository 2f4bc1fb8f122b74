package fr.ava.referentiel.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.referentiel.VersionPubliee;

/**
 * Loads the canonical data file as the first published version on first start; later starts only
 * check the file. A file that cannot be read stops the start-up. The version and its event are
 * stored in one transaction: the event reaches its listeners after commit, or at the next start.
 */
@Component
class ChargementDuReferentiel implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ChargementDuReferentiel.class);

	private final FichierReferentiel fichier;

	private final JdbcReferentiels referentiels;

	private final ReferentielSettings settings;

	private final ApplicationEventPublisher evenements;

	ChargementDuReferentiel(FichierReferentiel fichier, JdbcReferentiels referentiels, ReferentielSettings settings,
			ApplicationEventPublisher evenements) {
		this.fichier = fichier;
		this.referentiels = referentiels;
		this.settings = settings;
		this.evenements = evenements;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		var referentiel = fichier.lire(settings.fichier());
		if (referentiels.enregistrerSiAbsente(referentiel)) {
			log.info("Version {} du référentiel chargée depuis {}", referentiel.numero(),
					settings.fichier().getDescription());
			evenements.publishEvent(new VersionPubliee(referentiel.numero()));
		}
	}

}
