package fr.ava.fichedeposte.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import fr.ava.compte.CompteConnecte;
import fr.ava.fichedeposte.Corpus;
import fr.ava.document.FichierRecu;
import fr.ava.fichedeposte.TypeDEmployeur;
import fr.ava.fichedeposte.TypeDeTerritoire;
import fr.ava.socle.ErreurEnFrancais;
import fr.ava.socle.RequeteInvalide;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The curators' corpora: upload job descriptions by batches, see how often each mission and function
 * appears, by type of employer and of territory, and take the figures away as CSV.
 */
@Controller
class CorpusController {

	private final Corpus corpus;

	private final MessageSource messages;

	CorpusController(Corpus corpus, MessageSource messages) {
		this.corpus = corpus;
		this.messages = messages;
	}

	@GetMapping("/fiches-de-poste/corpus")
	String liste(Model model) {
		model.addAttribute("tous", corpus.tous());
		typesProposes(model);
		return "fichedeposte/corpus";
	}

	@PostMapping("/fiches-de-poste/corpus")
	String creer(@RequestParam(name = "nom", defaultValue = "") String nom,
			@RequestParam(name = "employeur", defaultValue = "") String employeur,
			@RequestParam(name = "territoire", defaultValue = "") String territoire,
			@RequestParam(name = "fichiers", required = false) @Nullable List<MultipartFile> fichiers,
			@CompteConnecte UUID compte, Model model, HttpServletResponse reponse) throws IOException {
		try {
			var cree = corpus.creer(compte, nom, type(TypeDEmployeur.class, employeur),
					type(TypeDeTerritoire.class, territoire), recus(fichiers));
			return "redirect:/fiches-de-poste/corpus/" + cree.id();
		}
		catch (ErreurEnFrancais erreur) {
			refuse(erreur, model, reponse);
			model.addAttribute("nom", nom);
			return liste(model);
		}
	}

	@GetMapping("/fiches-de-poste/corpus/{id}")
	String statistiques(@PathVariable UUID id, Model model) {
		model.addAttribute("stats", corpus.statistiques(id));
		typesProposes(model);
		return "fichedeposte/corpus-statistiques";
	}

	@PostMapping("/fiches-de-poste/corpus/{id}/fiches")
	String ajouter(@PathVariable UUID id, @RequestParam(name = "employeur", defaultValue = "") String employeur,
			@RequestParam(name = "territoire", defaultValue = "") String territoire,
			@RequestParam(name = "fichiers", required = false) @Nullable List<MultipartFile> fichiers, Model model,
			HttpServletResponse reponse) throws IOException {
		try {
			corpus.ajouter(id, type(TypeDEmployeur.class, employeur), type(TypeDeTerritoire.class, territoire), recus(fichiers));
			return "redirect:/fiches-de-poste/corpus/" + id;
		}
		catch (ErreurEnFrancais erreur) {
			refuse(erreur, model, reponse);
			return statistiques(id, model);
		}
	}

	@GetMapping("/fiches-de-poste/corpus/{id}/statistiques.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id) {
		return Telechargements.telecharger("corpus-" + id + ".csv",
				CsvDuCorpus.de(corpus.statistiques(id)).getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@PostMapping("/fiches-de-poste/corpus/{id}/suppression")
	String supprimer(@PathVariable UUID id) {
		corpus.supprimer(id);
		return "redirect:/fiches-de-poste/corpus";
	}

	private static void typesProposes(Model model) {
		model.addAttribute("typesDEmployeur", TypeDEmployeur.values());
		model.addAttribute("typesDeTerritoire", TypeDeTerritoire.values());
	}

	private void refuse(ErreurEnFrancais erreur, Model model, HttpServletResponse reponse) {
		reponse.setStatus(erreur.statut().value());
		model.addAttribute("erreur", erreur.message(messages));
	}

	private static List<FichierRecu> recus(@Nullable List<MultipartFile> fichiers) throws IOException {
		var recus = new ArrayList<FichierRecu>();
		for (var fichier : fichiers == null ? List.<MultipartFile>of() : fichiers) {
			if (!fichier.isEmpty()) {
				recus.add(FichiersEnvoyes.recu(fichier));
			}
		}
		return recus;
	}

	private static <T extends Enum<T>> T type(Class<T> classe, String valeur) {
		try {
			return Enum.valueOf(classe, valeur);
		}
		catch (IllegalArgumentException inconnu) {
			throw new RequeteInvalide("corpus.type.invalide", valeur);
		}
	}

}
