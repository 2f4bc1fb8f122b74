package fr.ava.positionnement.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.ava.compte.CompteConnecte;
import fr.ava.positionnement.Positionnement;
import fr.ava.positionnement.Positionnements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The author's own self-assessments as JSON: another's identifier is a 404. */
@RestController
@Tag(name = "Mes positionnements", description = "Les positionnements de la personne connectée (session)")
class MesPositionnementsApiController {

	private final Positionnements positionnements;

	MesPositionnementsApiController(Positionnements positionnements) {
		this.positionnements = positionnements;
	}

	@GetMapping("/api/v1/moi/positionnements")
	@Operation(summary = "Mes positionnements, du plus récent au plus ancien, avec leurs réponses")
	List<Positionnement> mesPositionnements(@CompteConnecte UUID compte) {
		return positionnements.tousDe(compte);
	}

	@GetMapping("/api/v1/moi/positionnements/{id}")
	@Operation(summary = "Un de mes positionnements")
	Positionnement monPositionnement(@PathVariable UUID id, @CompteConnecte UUID compte) {
		return positionnements.de(compte, id);
	}

}
