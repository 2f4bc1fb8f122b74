package fr.ava.fichedeposte;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import fr.ava.referentiel.Element;
import fr.ava.referentiel.Referentiels;

/**
 * Once the application is ready, exports a small job description to DOCX in the background: the
 * first export of a new JVM loads and interprets POI and XMLBeans (about 2 s, against well under
 * 100 ms afterwards, see bench/README.md), and no employer should wait for that.
 */
@Component
class PreparationDuDocx {

	private static final Logger log = LoggerFactory.getLogger(PreparationDuDocx.class);

	private final Referentiels referentiels;

	private final DocumentsDeFiche documents;

	private final FichesDePosteSettings settings;

	private final TaskExecutor taches;

	PreparationDuDocx(Referentiels referentiels, DocumentsDeFiche documents, FichesDePosteSettings settings,
			TaskExecutor taches) {
		this.referentiels = referentiels;
		this.documents = documents;
		this.settings = settings;
		this.taches = taches;
	}

	@EventListener(ApplicationReadyEvent.class)
	void preparer() {
		if (settings.preparerAuDemarrage()) {
			taches.execute(this::exporterUneFiche);
		}
	}

	void exporterUneFiche() {
		var referentiel = referentiels.dernierePubliee();
		var mission = referentiel.missions().get(0);
		var fiche = new FicheDePoste(referentiel.numero(),
				new FicheDePoste.Employeur(TypeDEmployeur.COMMUNE, TypeDeTerritoire.URBAIN, ""),
				new FicheDePoste.Poste("Préparation de l'export", Categorie.B, "", ""),
				List.of(new FicheDePoste.Part(mission.code(), 100)),
				new FicheDePoste.Choix(mission.activites().stream().map(Element::code).toList(), List.of()),
				FicheDePoste.Choix.AUCUN, List.of(), new FicheDePoste.Conditions("", null, "", "", "Direction", ""),
				FicheDePoste.Annonce.VIERGE)
			.ajusteeAuxPerimetres(referentiel);
		var debut = System.nanoTime();
		documents.docx(fiche);
		log.info("Export DOCX des fiches de poste prêt en {} ms", (System.nanoTime() - debut) / 1_000_000);
	}

}
