package fr.ava.tableaudebord.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.ava.compte.CompteConnecte;
import fr.ava.compte.Structures;
import fr.ava.fichedeposte.AnalysesEnregistrees;
import fr.ava.fichedeposte.FichesDePoste;
import fr.ava.positionnement.Partages;
import fr.ava.positionnement.Positionnement;
import fr.ava.positionnement.Positionnements;

/**
 * Where a person lands after logging in: a self-assessment to resume or to start, their job
 * descriptions and analyses, what is shared with them, the requests to join their structures that
 * wait for their answer; each part of the page is a section of
 * {@code tableaudebord/fragments}.
 */
@Controller
class TableauDeBordController {

	private static final String PAGE_TABLEAU_DE_BORD = "tableaudebord/tableau-de-bord";

	private final Positionnements positionnements;

	private final FichesDePoste fichesDePoste;

	private final AnalysesEnregistrees analyses;

	private final Partages partages;

	private final Structures structures;

	TableauDeBordController(Positionnements positionnements, FichesDePoste fichesDePoste, AnalysesEnregistrees analyses,
			Partages partages, Structures structures) {
		this.positionnements = positionnements;
		this.fichesDePoste = fichesDePoste;
		this.analyses = analyses;
		this.partages = partages;
		this.structures = structures;
	}

	@GetMapping("/tableau-de-bord")
	String tableauDeBord(@CompteConnecte UUID compte, Model model) {
		positionnements(compte, model);
		model.addAttribute("fiches", fichesDePoste.toutesDe(compte));
		model.addAttribute("analyses", analyses.toutesDe(compte));
		model.addAttribute("partagesAvecMoi", partages.partagesAvecMoi(compte));
		model.addAttribute("demandes", structures.demandesATraiter(compte));
		return PAGE_TABLEAU_DE_BORD;
	}

	/** The latest self-assessment still open, to resume, and the latest finished one, to read. */
	private void positionnements(UUID compte, Model model) {
		var tous = positionnements.tousDe(compte);
		model.addAttribute("positionnements", tous);
		model.addAttribute("enCours", tous.stream().filter(p -> !p.estTermine()).findFirst().orElse(null));
		model.addAttribute("dernierTermine", tous.stream().filter(Positionnement::estTermine).findFirst().orElse(null));
	}

}
