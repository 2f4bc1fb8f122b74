package fr.ava.positionnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.referentiel.Code;

@SpringBootTest
@AutoConfigureMockMvc
class RapportPdfTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Positionnements positionnements;

	@Autowired
	Comptes comptes;

	UUID auteur;

	UUID id;

	@BeforeEach
	void unPositionnementTermine() {
		auteur = compte("Dominique Rapporteur");
		id = positionnements.commencer(auteur, Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(auteur, id, Code.of("FT01-C01"), 4);
		positionnements.evaluer(auteur, id, Code.of("FT01-C02"), 3);
		positionnements.evaluer(auteur, id, Code.of("M1-C01"), 1);
		positionnements.evaluer(auteur, id, Code.of("M1-C02"), 0);
		positionnements.exemple(auteur, id, Code.of("FT01-C01"), "Veille sur les appels à projets pour 40 associations");
		positionnements.sens(auteur, id, Code.of("V01"), Sens.FORCE);
		positionnements.note(auteur, id, Code.of("V01"), "Une note pour mon entretien annuel");
		positionnements.terminer(auteur, id);
	}

	@Test
	void contientLeNomLesCompetencesEvalueesEtLeursNiveaux() throws Exception {
		try (var pdf = rapport(EnumSet.allOf(Rubrique.class))) {
			var texte = texte(pdf);
			var positionnement = positionnements.de(auteur, id);
			var referentiel = positionnements.referentielDe(positionnement);

			assertThat(texte).contains("Mon positionnement sur le référentiel AVA", "Dominique Rapporteur",
					"version 1.0", "commencé le " + francais(positionnement.commenceLe()));
			for (var code : new String[] { "FT01-C01", "FT01-C02", "M1-C01", "M1-C02" }) {
				var libelle = referentiel.noeud(Code.of(code)).orElseThrow().libelle();
				var niveau = positionnement.niveau(Code.of(code));
				assertThat(texte).as(code).contains(normaliser(libelle), niveau.valeur() + " · " + niveau.libelle());
			}
			var profils = Resultats.de(positionnement, positionnements.perimetresDe(positionnement), referentiel).profils();
			for (var profil : profils) {
				assertThat(texte).contains(normaliser(profil.libelle()))
					.contains(profil.evaluees() + " sur " + profil.competences().size() + " " + profil.moyenneEnFrancais());
			}
			assertThat(texte).contains("Mes points forts", "Ce qui reste à acquérir", "À renforcer en priorité",
					"Veille sur les appels à projets pour 40 associations", "Une force",
					"Une note pour mon entretien annuel");
		}
	}

	@Test
	void neContientQueLesRubriquesChoisies() throws Exception {
		try (var pdf = rapport(EnumSet.of(Rubrique.FORCES, Rubrique.PORTFOLIO))) {
			var texte = texte(pdf);

			assertThat(texte).contains("Dominique Rapporteur", "Mes points forts", "Mon portfolio",
					"Veille sur les appels à projets pour 40 associations");
			assertThat(texte).doesNotContain("Mon profil par mission et fonction", "Ce qui reste à acquérir",
					"À renforcer en priorité", "Mes valeurs et éléments de posture", "Une note pour mon entretien annuel",
					"0 · Je ne pratique pas");
		}
	}

	@Test
	void estUnDocumentBaliseQuiAfficheSonTitreEtEmbarqueSesPolices() throws Exception {
		try (var pdf = rapport(EnumSet.allOf(Rubrique.class))) {
			var catalogue = pdf.getDocumentCatalog();

			assertThat(catalogue.getLanguage()).isEqualTo("fr");
			assertThat(catalogue.getMarkInfo().isMarked()).isTrue();
			assertThat(catalogue.getStructureTreeRoot()).isNotNull();
			assertThat(catalogue.getStructureTreeRoot().getKids()).isNotEmpty();
			assertThat(catalogue.getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(pdf.getDocumentInformation().getTitle())
				.isEqualTo(positionnements.de(auteur, id).intitule() + " · Mon positionnement sur le référentiel AVA");
			assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Dominique Rapporteur");
			try (var xmp = catalogue.getMetadata().exportXMPMetadata()) {
				assertThat(new String(xmp.readAllBytes(), StandardCharsets.UTF_8)).contains("pdfuaid:part",
						"Mon positionnement sur le référentiel AVA");
			}
			var polices = new ArrayList<PDFont>();
			for (var page : pdf.getPages()) {
				for (var nom : page.getResources().getFontNames()) {
					polices.add(page.getResources().getFont(nom));
				}
			}
			assertThat(polices).isNotEmpty().allSatisfy(police -> assertThat(police.isEmbedded()).isTrue());
		}
	}

	@Test
	void seTelechargeSousLeNomDuJourDuPositionnement() throws Exception {
		var jour = positionnements.de(auteur, id).commenceLe();

		mvc.perform(get("/positionnements/{id}/rapport.pdf", id).param("inclure", "profil").with(connecte(auteur)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"positionnement-" + jour + ".pdf\""));
	}

	@Test
	void leRapportDUnAutreCompteEstIntrouvable() throws Exception {
		var autre = compte("Claude Curieux");

		mvc.perform(get("/positionnements/{id}/rapport.pdf", id).param("inclure", "profil").with(connecte(autre)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/positionnements/{id}/rapport.pdf", UUID.randomUUID()).with(connecte(auteur)))
			.andExpect(status().isNotFound());
	}

	@Test
	void unVisiteurAnonymeEstRenvoyeALaConnexion() throws Exception {
		var reponse = mvc.perform(get("/positionnements/{id}/rapport.pdf", id).param("inclure", "profil"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse();

		assertThat(URI.create(reponse.getRedirectedUrl()).getPath()).isEqualTo("/connexion");
	}

	@Test
	void laPageDesResultatsProposeLeRapportAvecToutesLesRubriquesCochees() throws Exception {
		var page = mvc.perform(get("/positionnements/{id}/resultats", id).with(connecte(auteur)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Rapport pour mon entretien professionnel (PDF)",
				"action=\"/positionnements/" + id + "/rapport.pdf\"");
		for (var rubrique : Rubrique.values()) {
			assertThat(page).contains("name=\"inclure\" value=\"" + rubrique.cle() + "\"");
		}
		assertThat(page.split("name=\"inclure\"", -1)).hasSize(Rubrique.values().length + 1);
		assertThat(page.split("name=\"inclure\"[^>]*checked", -1)).hasSize(Rubrique.values().length + 1);
	}

	private PDDocument rapport(Set<Rubrique> rubriques) throws Exception {
		var requete = get("/positionnements/{id}/rapport.pdf", id).with(connecte(auteur));
		rubriques.forEach(rubrique -> requete.param("inclure", rubrique.cle()));
		var octets = mvc.perform(requete).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		return Loader.loadPDF(octets);
	}

	private static String texte(PDDocument pdf) throws IOException {
		var extraction = new PDFTextStripper();
		extraction.setSortByPosition(true);
		return normaliser(extraction.getText(pdf));
	}

	/** Lines are wrapped at spaces and after hyphens: compare texts with single spaces, none after a hyphen. */
	private static String normaliser(String texte) {
		return texte.replaceAll("\\s+", " ").replaceAll("- ", "-").strip();
	}

	private static String francais(java.time.LocalDate jour) {
		return jour.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH));
	}

	private UUID compte(String nom) {
		return comptes.creerConfirme("rapport-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr", nom,
				Optional.of("Rapport-entretien-2026"), EnumSet.of(Role.ACCOMPAGNATEUR)).id();
	}

	private RequestPostProcessor connecte(UUID compte) {
		return user(compte.toString()).roles(Role.ACCOMPAGNATEUR.name());
	}

}
