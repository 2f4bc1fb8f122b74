package fr.ava.positionnement.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.ava.compte.CompteConnecte;
import fr.ava.positionnement.Rapports;
import fr.ava.positionnement.Rubrique;

/**
 * The PDF report of a self-assessment for the annual review, with the parts the person ticked on
 * the results page ({@code inclure=profil&inclure=forces…}). A part not named is left out (none named:
 * the heading only, as the form sends when every box is unticked); unknown names are ignored.
 */
@Controller
class RapportController {

	private final Rapports rapports;

	RapportController(Rapports rapports) {
		this.rapports = rapports;
	}

	@GetMapping("/positionnements/{id}/rapport.pdf")
	ResponseEntity<byte[]> rapport(@PathVariable UUID id,
			@RequestParam(name = "inclure", required = false) @Nullable List<String> inclure,
			@CompteConnecte UUID compte) {
		var rubriques = EnumSet.noneOf(Rubrique.class);
		if (inclure != null) {
			inclure.forEach(cle -> Rubrique.parCle(cle).ifPresent(rubriques::add));
		}
		var rapport = rapports.rapport(compte, id, rubriques);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(rapport.nomDeFichier()).build().toString())
			.body(rapport.pdf());
	}

}
