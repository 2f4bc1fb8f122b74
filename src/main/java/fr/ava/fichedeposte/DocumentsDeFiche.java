package fr.ava.fichedeposte;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import fr.ava.socle.AdressePublique;
import fr.ava.socle.RenduPdf;

/**
 * The files of a job description: an editable DOCX and a tagged PDF (the
 * {@code fichedeposte/fiche-pdf} template), both from its {@link TexteDeLaFiche}, named after its
 * title. Only a job description whose every step is right is exported.
 */
@Service
public class DocumentsDeFiche {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final Redaction redaction;

	private final ITemplateEngine gabarits;

	private final RenduPdf rendu;

	private final AdressePublique adresse;

	DocumentsDeFiche(Redaction redaction, ITemplateEngine gabarits, RenduPdf rendu, AdressePublique adresse) {
		this.redaction = redaction;
		this.gabarits = gabarits;
		this.rendu = rendu;
		this.adresse = adresse;
	}

	/** A file and the name to download it under. */
	public record Document(String nomDeFichier, byte[] octets) {
	}

	/** @throws FicheInvalide when a step has errors */
	public Document docx(FicheDePoste fiche) {
		var texte = texte(fiche);
		return new Document(nomDeFichier(texte, "docx"), DocxDeFiche.ecrire(texte));
	}

	/** @throws FicheInvalide when a step has errors */
	public Document pdf(FicheDePoste fiche) {
		var texte = texte(fiche);
		var html = gabarits.process("fichedeposte/fiche-pdf", new Context(Locale.FRENCH, Map.of("texte", texte)));
		return new Document(nomDeFichier(texte, "pdf"), rendu.rendre(html, adresse.de("/")));
	}

	/** The job description as it reads, in the words of its version. */
	public TexteDeLaFiche texte(FicheDePoste fiche) {
		return TexteDeLaFiche.de(redaction.valider(fiche), redaction.referentielDe(fiche));
	}

	/** "fiche-de-poste-chargee-de-mission-vie-associative.docx": the title in plain ASCII, inclusive dots dropped. */
	static String nomDeFichier(TexteDeLaFiche texte, String extension) {
		var sansAccents = Normalizer.normalize(texte.intitule().replace("·", ""), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		var mots = sansAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		var debut = mots.length() > 80 ? mots.substring(0, 80).replaceAll("-$", "") : mots;
		return "fiche-de-poste" + (debut.isEmpty() ? "" : "-" + debut) + "." + extension;
	}

}
