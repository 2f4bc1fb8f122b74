package fr.ava.fichedeposte.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import fr.ava.fichedeposte.Categorie;
import fr.ava.fichedeposte.DocumentsDeFiche;
import fr.ava.fichedeposte.ErreurDeSaisie;
import fr.ava.fichedeposte.Etape;
import fr.ava.fichedeposte.FicheDePoste;
import fr.ava.fichedeposte.Redaction;
import fr.ava.fichedeposte.TempsDeTravail;
import fr.ava.fichedeposte.TravailEnSoiree;
import fr.ava.fichedeposte.TypeDEmployeur;
import fr.ava.fichedeposte.TypeDeTerritoire;

/** The builder's pages: one step of the form, or the preview, for a job description being written. */
@Component
class PagesDeRedaction {

	static final String ETAPE = "fichedeposte/redaction";

	static final String APERCU = "fichedeposte/apercu";

	private final Redaction redaction;

	private final DocumentsDeFiche documents;

	private final MessageSource messages;

	PagesDeRedaction(Redaction redaction, DocumentsDeFiche documents, MessageSource messages) {
		this.redaction = redaction;
		this.documents = documents;
		this.messages = messages;
	}

	/** An error as the page shows it, next to its field and in the summary at the top. */
	record Erreur(String champ, String message) {
	}

	String etape(Model model, FicheDePoste fiche, Etape etape, List<ErreurDeSaisie> erreurs, Optional<UUID> id) {
		var referentiel = redaction.referentielDe(fiche);
		var enFrancais = erreurs.stream()
			.map(erreur -> new Erreur(erreur.champ(),
					message(erreur.codeMessage(), erreur.arguments().toArray())))
			.toList();
		var parChamp = new LinkedHashMap<String, List<String>>();
		enFrancais.forEach(erreur -> parChamp.computeIfAbsent(erreur.champ(), champ -> new ArrayList<>())
			.add(erreur.message()));
		var parts = new LinkedHashMap<String, String>();
		fiche.parts()
			.forEach(part -> parts.put(part.perimetre().valeur(),
					part.pourcentage() == null ? "" : part.pourcentage().toString()));
		model.addAttribute("fiche", fiche);
		model.addAttribute("id", id.orElse(null));
		model.addAttribute("etape", etape);
		model.addAttribute("etapes", Etape.values());
		model.addAttribute("referentiel", referentiel);
		model.addAttribute("caches", FormulaireDeFiche.caches(fiche, etape));
		model.addAttribute("erreurs", enFrancais);
		model.addAttribute("erreursParChamp", parChamp);
		model.addAttribute("parts", parts);
		model.addAttribute("total", total(fiche));
		model.addAttribute("choisis", fiche.perimetresChoisis(referentiel));
		model.addAttribute("employeurs", TypeDEmployeur.values());
		model.addAttribute("territoires", TypeDeTerritoire.values());
		model.addAttribute("categories", Categorie.values());
		model.addAttribute("soirees", TravailEnSoiree.values());
		model.addAttribute("temps", TempsDeTravail.values());
		model.addAttribute("intitules", redaction.intitulesSuggeres());
		model.addAttribute("complete", redaction.premiereEtapeIncomplete(fiche).isEmpty());
		return ETAPE;
	}

	/** The preview of a job description whose every step is right, with its exports and its saving. */
	String apercu(Model model, FicheDePoste fiche, Optional<UUID> id) {
		model.addAttribute("texte", documents.texte(fiche));
		model.addAttribute("id", id.orElse(null));
		model.addAttribute("etapes", Etape.values());
		model.addAttribute("referentiel", redaction.referentielDe(fiche));
		model.addAttribute("caches", FormulaireDeFiche.caches(fiche, null));
		model.addAttribute("version", fiche.version());
		return APERCU;
	}

	/** A French message of the builder: its step errors, its notices after saving. */
	String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.FRENCH);
	}

	/** The sum of the shares typed so far, shown under them; as a long, so that huge shares typed do not wrap round. */
	static long total(FicheDePoste fiche) {
		return fiche.parts().stream().mapToLong(part -> part.pourcentage() == null ? 0 : part.pourcentage()).sum();
	}

}
