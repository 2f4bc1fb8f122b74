package fr.ava.fichedeposte.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import fr.ava.compte.CompteConnecte;
import fr.ava.fichedeposte.AnalyseDeFiche;
import fr.ava.fichedeposte.Analyses;
import fr.ava.fichedeposte.AnalysesEnregistrees;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Referentiels;
import fr.ava.socle.ErreurEnFrancais;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The analyser: a job description, uploaded or pasted, read against the framework. The result is shown
 * at once and forgotten, unless a logged-in person keeps it (the text only, never the file).
 */
@Controller
class AnalyseController {

	private final Analyses analyses;

	private final AnalysesEnregistrees enregistrees;

	private final Referentiels referentiels;

	private final MessageSource messages;

	AnalyseController(Analyses analyses, AnalysesEnregistrees enregistrees, Referentiels referentiels,
			MessageSource messages) {
		this.analyses = analyses;
		this.enregistrees = enregistrees;
		this.referentiels = referentiels;
		this.messages = messages;
	}

	@GetMapping("/fiches-de-poste/analyse")
	String formulaire(Model model) {
		model.addAttribute("texteMax", Analyses.TEXTE_AU_PLUS);
		return "fichedeposte/analyse";
	}

	@PostMapping("/fiches-de-poste/analyse")
	String analyser(@RequestParam(name = "fichier", required = false) @Nullable MultipartFile fichier,
			@RequestParam(name = "texte", required = false) @Nullable String texte, Model model,
			HttpServletResponse reponse) throws IOException {
		try {
			var analyse = fichier != null && !fichier.isEmpty()
					? analyses.analyserLeDocument(FichiersEnvoyes.recu(fichier))
					: analyses.analyserLeTexte(texte == null ? "" : texte);
			return resultat(analyse, null, model);
		}
		catch (ErreurEnFrancais erreur) {
			reponse.setStatus(erreur.statut().value());
			model.addAttribute("erreur", erreur.message(messages));
			model.addAttribute("texte", texte);
			return formulaire(model);
		}
	}

	@PostMapping("/fiches-de-poste/analyses")
	String enregistrer(@RequestParam(name = "nom", required = false) @Nullable String nom,
			@RequestParam(name = "texte", defaultValue = "") String texte,
			@RequestParam(name = "source", required = false) @Nullable String source, @CompteConnecte UUID compte) {
		var enregistree = enregistrees.enregistrer(compte, nom, texte, source);
		return "redirect:/fiches-de-poste/analyses/" + enregistree.id();
	}

	@GetMapping("/fiches-de-poste/analyses")
	String mesAnalyses(@CompteConnecte UUID compte, Model model) {
		model.addAttribute("analyses", enregistrees.toutesDe(compte));
		return "fichedeposte/analyses";
	}

	@GetMapping("/fiches-de-poste/analyses/{id}")
	String analyseEnregistree(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		var enregistree = enregistrees.de(compte, id);
		return resultat(enregistrees.rouvrir(enregistree), enregistree.nom(), model);
	}

	@PostMapping("/fiches-de-poste/analyses/{id}/suppression")
	String supprimer(@PathVariable UUID id, @CompteConnecte UUID compte) {
		enregistrees.supprimer(compte, id);
		return "redirect:/fiches-de-poste/analyses?supprimee";
	}

	/** {@code nom} is the name it was kept under, or null for an analysis not kept yet. */
	private String resultat(AnalyseDeFiche analyse, @Nullable String nom, Model model) {
		var referentiel = referentiels.publiee(analyse.version());
		Map<String, String> libelles = new LinkedHashMap<>();
		analyse.rapprochement()
			.couvertures()
			.stream()
			.flatMap(c -> c.preuves().stream())
			.flatMap(p -> p.codes().stream())
			.filter(Code::estValide)
			.forEach(code -> referentiel.noeud(Code.of(code)).ifPresent(n -> libelles.put(code, n.libelle())));
		model.addAttribute("analyse", analyse);
		model.addAttribute("referentiel", referentiel);
		model.addAttribute("libelles", libelles);
		model.addAttribute("nom", nom);
		model.addAttribute("brouillon", brouillon(analyse));
		return "fichedeposte/analyse-resultat";
	}

	/** The builder, opened on what the text covers. */
	private static String brouillon(AnalyseDeFiche analyse) {
		return UriComponentsBuilder.fromPath("/fiches-de-poste/nouvelle")
			.queryParam("codes", String.join(",", analyse.codesPresents()))
			.queryParam("intitule", analyse.titreProbable())
			.encode()
			.build()
			.toUriString();
	}

}
