package fr.ava.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import fr.ava.referentiel.Referentiels;

/**
 * Once the application is ready, produces in the background every file of every published
 * version: the first visitor of a "Télécharger" page then waits for none of them.
 */
@Component
class PreparationDesExports {

	private static final Logger log = LoggerFactory.getLogger(PreparationDesExports.class);

	private final Referentiels referentiels;

	private final Exports exports;

	private final ExportSettings settings;

	private final TaskExecutor taches;

	PreparationDesExports(Referentiels referentiels, Exports exports, ExportSettings settings, TaskExecutor taches) {
		this.referentiels = referentiels;
		this.exports = exports;
		this.settings = settings;
		this.taches = taches;
	}

	@EventListener(ApplicationReadyEvent.class)
	void preparer() {
		if (settings.preparerAuDemarrage()) {
			taches.execute(this::preparerToutes);
		}
	}

	void preparerToutes() {
		for (var version : referentiels.versionsPubliees()) {
			var referentiel = referentiels.publiee(version.numero());
			for (var format : Format.values()) {
				var debut = System.nanoTime();
				exports.exporter(referentiel, format);
				log.info("Version {} : export {} prêt en {} ms", version.numero(), format.extension(),
						(System.nanoTime() - debut) / 1_000_000);
			}
		}
	}

}
