package fr.ava.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;
import fr.ava.socle.AdressePublique;
import fr.ava.socle.RenduPdf;

/**
 * A version as a printable booklet: the {@code export/livret} template rendered by {@link RenduPdf}
 * to a tagged PDF/UA (and PDF/A-3u) document, with its fonts embedded and an outline per section.
 */
@Component
class ExportPdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	private final ITemplateEngine gabarits;

	private final Permaliens permaliens;

	private final AdressePublique adresse;

	private final RenduPdf rendu;

	ExportPdf(ITemplateEngine gabarits, Permaliens permaliens, AdressePublique adresse, RenduPdf rendu) {
		this.gabarits = gabarits;
		this.permaliens = permaliens;
		this.adresse = adresse;
		this.rendu = rendu;
	}

	byte[] exporter(Referentiel referentiel) {
		var html = gabarits.process("export/livret", new Context(Locale.FRENCH, Map.of("referentiel", referentiel,
				"adresse", adresse.de(permaliens.version(referentiel.numero())), "publieeLe",
				referentiel.version().publieeLe() == null ? "—" : DATE.format(referentiel.version().publieeLe()))));
		return rendu.rendre(html, adresse.de("/"));
	}

}
