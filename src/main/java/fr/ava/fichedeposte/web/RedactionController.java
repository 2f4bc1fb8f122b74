package fr.ava.fichedeposte.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.ava.compte.CompteConnecte;
import fr.ava.fichedeposte.DocumentsDeFiche;
import fr.ava.fichedeposte.Etape;
import fr.ava.fichedeposte.FicheDePoste;
import fr.ava.fichedeposte.FicheInvalide;
import fr.ava.fichedeposte.FichesDePoste;
import fr.ava.fichedeposte.Redaction;
import fr.ava.referentiel.Referentiels;

/**
 * The builder, open to anyone: a step-by-step form whose every step is a plain form post checked on
 * the server (htmx only adds the running total of the shares), the preview, the DOCX and PDF of the
 * job description being written; saving it needs an account.
 */
@Controller
class RedactionController {

	/** Where a kept draft waits for its author: among the saved ones, so behind the login. */
	private static final String BROUILLON_GARDE = "/fiches-de-poste/mes-fiches/brouillon";

	private final Redaction redaction;

	private final DocumentsDeFiche documents;

	private final FichesDePoste fiches;

	private final Referentiels referentiels;

	private final PagesDeRedaction pages;

	RedactionController(Redaction redaction, DocumentsDeFiche documents, FichesDePoste fiches,
			Referentiels referentiels, PagesDeRedaction pages) {
		this.redaction = redaction;
		this.documents = documents;
		this.fiches = fiches;
		this.referentiels = referentiels;
		this.pages = pages;
	}

	@GetMapping("/fiches-de-poste")
	String accueil(Model model) {
		model.addAttribute("referentiel", referentiels.dernierePubliee());
		return "fichedeposte/accueil";
	}

	/**
	 * A new job description, possibly with missions and functions already chosen and a title, as
	 * the analysis of an existing one proposes: {@code ?codes=M1,FT01,FS03&intitule=…}. Unknown codes
	 * are left out and named in a notice.
	 */
	@GetMapping("/fiches-de-poste/nouvelle")
	String nouvelle(@RequestParam(defaultValue = "") String codes, @RequestParam(defaultValue = "") String intitule,
			Model model) {
		var demandes = Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
		var proposition = redaction.proposer(demandes, intitule.strip());
		model.addAttribute("inconnus", proposition.codesInconnus());
		return pages.etape(model, proposition.fiche(), Etape.EMPLOYEUR, List.of(), Optional.empty());
	}

	/**
	 * One step sent: {@code aller} says where to: the next step or the preview (after checking this
	 * one), the previous one, or any step named {@code etape-N} (from the preview).
	 */
	@PostMapping("/fiches-de-poste/redaction")
	String rediger(@RequestParam MultiValueMap<String, String> champs, @RequestParam(defaultValue = "1") int etape,
			@RequestParam(defaultValue = "suivante") String aller, Model model, HttpServletResponse reponse) {
		var fiche = lire(champs);
		var id = FormulaireDeFiche.fiche(champs);
		var courante = Etape.numero(etape).orElse(Etape.EMPLOYEUR);
		if (aller.equals("precedente")) {
			return pages.etape(model, fiche, courante.precedente().orElse(courante), List.of(), id);
		}
		if (aller.startsWith("etape-")) {
			var choisie = Etape.numero(numero(aller.substring("etape-".length()))).orElse(courante);
			return pages.etape(model, fiche, choisie, List.of(), id);
		}
		var erreurs = redaction.verifier(fiche, courante);
		if (!erreurs.isEmpty()) {
			reponse.setStatus(HttpStatus.BAD_REQUEST.value());
			return pages.etape(model, fiche, courante, erreurs, id);
		}
		if (courante == Etape.MISSIONS) {
			fiche = fiche.ajusteeAuxPerimetres(redaction.referentielDe(fiche));
		}
		var suivante = courante.suivante();
		if (aller.equals("suivante") && suivante.isPresent()) {
			return pages.etape(model, fiche, suivante.get(), List.of(), id);
		}
		return pages.apercu(model, fiche, id);
	}

	/** The running total of the shares, for htmx while they are typed. */
	@PostMapping("/fiches-de-poste/redaction/total")
	String total(@RequestParam MultiValueMap<String, String> champs, Model model) {
		model.addAttribute("total", PagesDeRedaction.total(lire(champs)));
		return "fichedeposte/fragments :: total";
	}

	@PostMapping("/fiches-de-poste/brouillon.docx")
	ResponseEntity<byte[]> docx(@RequestParam MultiValueMap<String, String> champs) {
		return Telechargements.telecharger(documents.docx(lire(champs)), Telechargements.DOCX);
	}

	@PostMapping("/fiches-de-poste/brouillon.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam MultiValueMap<String, String> champs) {
		return Telechargements.telecharger(documents.pdf(lire(champs)), MediaType.APPLICATION_PDF);
	}

	/**
	 * A visitor's draft, checked then kept in their session while they log in (or create their account)
	 * to save it: the address it leads to asks them to log in, then shows the draft again, ready to be
	 * saved. A draft with errors goes back to its first wrong step, nothing kept.
	 */
	@PostMapping("/fiches-de-poste/brouillon")
	String garder(@RequestParam MultiValueMap<String, String> champs, HttpSession session) {
		BrouillonGarde.garder(session, redaction.valider(lire(champs)));
		return "redirect:" + BROUILLON_GARDE;
	}

	@GetMapping(BROUILLON_GARDE)
	String reprendre(HttpSession session, Model model) {
		return BrouillonGarde.garde(session)
			.map(champs -> pages.apercu(model, lire(champs), Optional.empty()))
			.orElse("redirect:/fiches-de-poste/nouvelle");
	}

	@PostMapping("/fiches-de-poste/mes-fiches")
	String enregistrer(@RequestParam MultiValueMap<String, String> champs, @CompteConnecte UUID compte,
			HttpSession session, RedirectAttributes suite) {
		var enregistree = fiches.enregistrer(compte, lire(champs));
		BrouillonGarde.oublier(session);
		suite.addFlashAttribute("succes", pages.message("fiche.enregistree", enregistree.fiche().poste().intitule()));
		return "redirect:/fiches-de-poste/mes-fiches/" + enregistree.id();
	}

	@PostMapping("/fiches-de-poste/mes-fiches/{id}")
	String modifier(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> champs,
			@CompteConnecte UUID compte, RedirectAttributes suite) {
		var modifiee = fiches.modifier(compte, id, lire(champs));
		suite.addFlashAttribute("succes", pages.message("fiche.enregistree", modifiee.fiche().poste().intitule()));
		return "redirect:/fiches-de-poste/mes-fiches/" + id;
	}

	/** A job description that cannot be exported or saved: back to its first wrong step, nothing saved. */
	@ExceptionHandler
	String incomplete(FicheInvalide invalide, HttpServletRequest requete, HttpServletResponse reponse, Model model) {
		var champs = new LinkedMultiValueMap<String, String>();
		requete.getParameterMap().forEach((nom, valeurs) -> champs.put(nom, List.of(valeurs)));
		reponse.setStatus(HttpStatus.BAD_REQUEST.value());
		return pages.etape(model, lire(champs), invalide.etape(), invalide.erreurs(), FormulaireDeFiche.fiche(champs));
	}

	private FicheDePoste lire(MultiValueMap<String, String> champs) {
		return FormulaireDeFiche.lire(champs, referentiels.dernierePubliee().numero());
	}

	private static int numero(String texte) {
		try {
			return Integer.parseInt(texte);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
