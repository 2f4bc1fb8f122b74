package fr.ava.fichedeposte.web;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.ava.fichedeposte.AnalyseDeFiche;
import fr.ava.fichedeposte.Analyses;
import fr.ava.recherche.Couverture;
import fr.ava.recherche.Preuve;
import fr.ava.socle.NettoyageDuTexte;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The analyser as an API, for partners' tools: nothing is kept. */
@RestController
@Tag(name = "Analyse de fiches de poste",
		description = "Une fiche de poste lue mission par mission et fonction par fonction ; rien n'est gardé")
class AnalyseApiController {

	private final Analyses analyses;

	AnalyseApiController(Analyses analyses) {
		this.analyses = analyses;
	}

	@PostMapping(path = "/api/v1/analyses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Analyser un fichier (PDF, DOCX, ODT, RTF ou TXT ; 10 Mo et 50 pages au plus)")
	AnalyseJson analyserUnFichier(@RequestPart("fichier") MultipartFile fichier) throws IOException {
		return AnalyseJson.de(analyses.analyserLeDocument(FichiersEnvoyes.recu(fichier)));
	}

	@PostMapping(path = "/api/v1/analyses", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Analyser un texte : {\"texte\": \"…\"}")
	AnalyseJson analyserUnTexte(@RequestBody TexteAAnalyser demande) {
		return AnalyseJson.de(analyses.analyserLeTexte(demande.texte()));
	}

	/** Anything else than a file or JSON: a 415 that says what is expected. */
	@PostMapping("/api/v1/analyses")
	@Hidden
	void autreContenu() {
		throw new ContenuAAnalyserInattendu(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "analyse.api.contenu");
	}

	/**
	 * Read as a JSON node: Jackson would take a number for a text ({@code 12} as {@code "12"}). A node
	 * escapes the cleaning of JSON texts, so the text is cleaned here.
	 */
	record TexteAAnalyser(@Schema(description = "Le texte de la fiche de poste", type = "string",
			requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("texte") @Nullable JsonNode valeur) {

		String texte() {
			if (valeur == null || valeur.isNull()) {
				return "";
			}
			if (!valeur.isString()) {
				throw new ContenuAAnalyserInattendu(HttpStatus.BAD_REQUEST, "analyse.api.texte");
			}
			return NettoyageDuTexte.plusieursLignes(valeur.asString());
		}

	}

	@Schema(description = "Ce que la fiche montre de chaque mission et de chaque fonction d'une version du référentiel")
	record AnalyseJson(String version, @Nullable String source, List<CouvertureJson> missions,
			List<CouvertureJson> fonctions) {

		static AnalyseJson de(AnalyseDeFiche analyse) {
			return new AnalyseJson(analyse.version(), analyse.source(), CouvertureJson.de(analyse.missions()),
					CouvertureJson.de(analyse.fonctions()));
		}

	}

	record CouvertureJson(String code, @Schema(description = "Le libellé du référentiel, mot pour mot") String libelle,
			boolean present, @Schema(description = "Force des preuves, de 0 à 1") double score, List<PreuveJson> preuves) {

		static List<CouvertureJson> de(List<Couverture> couvertures) {
			return couvertures.stream()
				.map(c -> new CouvertureJson(c.code(), c.libelle(), c.present(), c.score(),
						c.preuves().stream().map(PreuveJson::de).toList()))
				.toList();
		}

	}

	record PreuveJson(@Schema(description = "La phrase de la fiche") String phrase,
			@Schema(description = "Codes des compétences et activités qu'elle rejoint") List<String> codes) {

		static PreuveJson de(Preuve preuve) {
			return new PreuveJson(preuve.texte(), preuve.codes());
		}

	}

}
