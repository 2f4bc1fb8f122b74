package fr.ava.positionnement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import fr.ava.compte.Comptes;
import fr.ava.socle.AdressePublique;
import fr.ava.socle.RenduPdf;

/**
 * The report a person takes to their annual review (entretien professionnel): the
 * {@code positionnement/rapport} template with the parts they chose, rendered to a tagged PDF.
 * Like every read of a self-assessment, it is for its author only: another's is a 404.
 */
@Service
public class Rapports {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
		.withZone(FRANCE);

	private final Positionnements positionnements;

	private final Comptes comptes;

	private final ITemplateEngine gabarits;

	private final RenduPdf rendu;

	private final AdressePublique adresse;

	private final Clock horloge;

	Rapports(Positionnements positionnements, Comptes comptes, ITemplateEngine gabarits, RenduPdf rendu,
			AdressePublique adresse, Clock horloge) {
		this.horloge = horloge;
		this.positionnements = positionnements;
		this.comptes = comptes;
		this.gabarits = gabarits;
		this.rendu = rendu;
		this.adresse = adresse;
	}

	/** The report's file and its name, {@code positionnement-AAAA-MM-JJ.pdf} (the day it was started). */
	public record Rapport(String nomDeFichier, byte[] pdf) {
	}

	public Rapport rapport(UUID compteId, UUID id, Set<Rubrique> rubriques) {
		var positionnement = positionnements.de(compteId, id);
		var referentiel = positionnements.referentielDe(positionnement);
		var resultats = Resultats.de(positionnement, positionnements.perimetresDe(positionnement), referentiel);
		var variables = new HashMap<String, Object>();
		variables.put("positionnement", positionnement);
		variables.put("resultats", resultats);
		variables.put("niveaux", Niveau.values());
		variables.put("nom", comptes.compte(compteId).nomAffiche());
		variables.put("inclus", rubriques.stream().map(Rubrique::cle).collect(Collectors.toSet()));
		variables.put("commenceLe", positionnement.commenceLe());
		variables.put("termineLe", positionnement.termineLe() == null ? "" : DATE.format(positionnement.termineLe()));
		variables.put("editeLe", LocalDate.now(horloge.withZone(FRANCE)));
		var html = gabarits.process("positionnement/rapport", new Context(Locale.FRENCH, variables));
		return new Rapport("positionnement-" + positionnement.commenceLe() + ".pdf",
				rendu.rendre(html, adresse.de("/")));
	}

}
