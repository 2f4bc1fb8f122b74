package fr.ava.fichedeposte.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.ava.compte.CompteConnecte;
import fr.ava.fichedeposte.DocumentsDeFiche;
import fr.ava.fichedeposte.Etape;
import fr.ava.fichedeposte.FichesDePoste;
import fr.ava.referentiel.Referentiels;

/**
 * My saved job descriptions, for their author only (another's is a 404): the list, one read, its
 * DOCX and PDF, reopening it in the builder, a copy to adapt, deletion.
 */
@Controller
class MesFichesController {

	private final FichesDePoste fiches;

	private final DocumentsDeFiche documents;

	private final Referentiels referentiels;

	private final PagesDeRedaction pages;

	MesFichesController(FichesDePoste fiches, DocumentsDeFiche documents, Referentiels referentiels,
			PagesDeRedaction pages) {
		this.fiches = fiches;
		this.documents = documents;
		this.referentiels = referentiels;
		this.pages = pages;
	}

	@GetMapping("/fiches-de-poste/mes-fiches")
	String liste(@CompteConnecte UUID compte, Model model) {
		model.addAttribute("fiches", fiches.toutesDe(compte));
		model.addAttribute("referentiel", referentiels.dernierePubliee());
		return "fichedeposte/mes-fiches";
	}

	@GetMapping("/fiches-de-poste/mes-fiches/{id}")
	String lecture(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		var enregistree = fiches.de(compte, id);
		model.addAttribute("enregistree", enregistree);
		model.addAttribute("texte", documents.texte(enregistree.fiche()));
		model.addAttribute("referentiel", referentiels.publiee(enregistree.fiche().version()));
		return "fichedeposte/fiche";
	}

	@GetMapping("/fiches-de-poste/mes-fiches/{id}/modifier")
	String modifier(@PathVariable UUID id, @CompteConnecte UUID compte, Model model) {
		var enregistree = fiches.de(compte, id);
		return pages.etape(model, enregistree.fiche(), Etape.EMPLOYEUR, List.of(), Optional.of(id));
	}

	@PostMapping("/fiches-de-poste/mes-fiches/{id}/dupliquer")
	String dupliquer(@PathVariable UUID id, @CompteConnecte UUID compte, RedirectAttributes suite) {
		var copie = fiches.dupliquer(compte, id);
		suite.addFlashAttribute("succes", pages.message("fiche.dupliquee", copie.fiche().poste().intitule()));
		return "redirect:/fiches-de-poste/mes-fiches/" + copie.id();
	}

	@PostMapping("/fiches-de-poste/mes-fiches/{id}/supprimer")
	String supprimer(@PathVariable UUID id, @CompteConnecte UUID compte, RedirectAttributes suite) {
		var supprimee = fiches.supprimer(compte, id);
		suite.addFlashAttribute("succes", pages.message("fiche.supprimee", supprimee.fiche().poste().intitule()));
		return "redirect:/fiches-de-poste/mes-fiches";
	}

	@GetMapping("/fiches-de-poste/mes-fiches/{id}.docx")
	ResponseEntity<byte[]> docx(@PathVariable UUID id, @CompteConnecte UUID compte) {
		var fiche = fiches.de(compte, id).fiche();
		return Telechargements.telecharger(documents.docx(fiche), Telechargements.DOCX);
	}

	@GetMapping("/fiches-de-poste/mes-fiches/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @CompteConnecte UUID compte) {
		var fiche = fiches.de(compte, id).fiche();
		return Telechargements.telecharger(documents.pdf(fiche), MediaType.APPLICATION_PDF);
	}

}
