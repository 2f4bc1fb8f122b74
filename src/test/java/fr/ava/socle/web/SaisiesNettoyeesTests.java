package fr.ava.socle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.compte.SaisieRefusee;
import fr.ava.fichedeposte.FichesDExemple;
import fr.ava.fichedeposte.FichesDePoste;
import fr.ava.positionnement.Positionnements;
import fr.ava.referentiel.Code;

/**
 * Invisible characters typed in every text field of every form and API (a NUL, a vertical tab, a unit
 * separator, the non-character U+FFFE, a lone surrogate, a decomposed accent, a tab, spaces around):
 * what is stored is the cleaned text, and every PDF and DOCX that shows it is made.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SaisiesNettoyeesTests {

	/** The one-line and the several-line forms of {@link #sale(String)}. */
	private static final String PROPRE = " Chargée de mission vie";

	private static final String PROPRE_SUR_PLUSIEURS_LIGNES = " Chargée\nde mission\tvie";

	private static final String MOT_DE_PASSE = "  Un mot de passe 2026 !  ";

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	Positionnements positionnements;

	@Autowired
	FichesDePoste fiches;

	@Autowired
	JdbcClient jdbc;

	/** A text that starts with a word, to tell the fields apart, and is full of what must go. */
	static String sale(String mot) {
		return "  " + mot + "\u0000 Charge\u0301e\u000Bde\u001F mis\uFFFEsion\uD800\tvie  ";
	}

	@Test
	void lInscriptionGardeLeNomEtLAdresseNettoyesEtLeMotDePasseTelQuel() throws Exception {
		var identifiant = "inscrit-" + UUID.randomUUID().toString().substring(0, 8);

		mvc.perform(post("/inscription").param("email", " " + identifiant + "\u0000@exemple.fr\u000B")
			.param("nomAffiche", sale("Inscrit"))
			.param("motDePasse", MOT_DE_PASSE)
			.param("confirmation", MOT_DE_PASSE)
			.with(csrf())).andExpect(status().isFound());

		var compte = comptes.parEmail(identifiant + "@exemple.fr").orElseThrow();
		assertThat(compte.nomAffiche()).isEqualTo("Inscrit" + PROPRE);
		comptes.verifierMotDePasse(compte.id(), MOT_DE_PASSE);
		assertThatThrownBy(() -> comptes.verifierMotDePasse(compte.id(), MOT_DE_PASSE.strip()))
			.isInstanceOf(SaisieRefusee.class);
	}

	@Test
	void leNomAfficheEtLaStructureSontNettoyesEtLeRapportSeFait() throws Exception {
		var compte = compte(Role.ACCOMPAGNATEUR);

		mvc.perform(post("/mon-compte/nom").param("nomAffiche", sale("Nom")).with(csrf()).with(connecte(compte)))
			.andExpect(status().isFound());
		mvc.perform(post("/mon-compte/structures").param("type", "ASSOCIATION")
			.param("nom", sale("Structure"))
			.param("siren", "")
			.param("rna", "")
			.param("role", "MEMBRE")
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isFound());

		assertThat(comptes.compte(compte).nomAffiche()).isEqualTo("Nom" + PROPRE);
		assertThat(jdbc.sql("select s.nom from structure s join appartenance a on a.structure_id = s.id where a.compte_id = ?")
			.param(compte)
			.query(String.class)
			.single()).isEqualTo("Structure" + PROPRE);
		var id = positionnements.commencer(compte, Set.of()).id();
		assertThat(rapport(compte, id)).contains("Nom Chargée de mission vie");
	}

	@Test
	void lesExemplesEtLesNotesDuPositionnementSontNettoyesEtLeRapportSeFait() throws Exception {
		var compte = compte(Role.ACCOMPAGNATEUR);
		var id = positionnements.commencer(compte, Set.of(Code.of("FT01"))).id();

		mvc.perform(post("/positionnements/{id}/perimetres/M1", id).param("n_M1-C01", "3")
			.param("f_M1-A01", "SOUVENT")
			.param("e_M1-A01", sale("Exemple"))
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isFound());
		mvc.perform(post("/positionnements/{id}/perimetres/FT01", id).param("e_FT01-A01", sale("Autre"))
			.header("HX-Request", "true")
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isOk());
		mvc.perform(post("/positionnements/{id}/valeurs", id).param("s_V01", "FORCE")
			.param("t_V01", sale("Note"))
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isFound());

		assertThat(reponse(id, "M1-A01", "exemple")).isEqualTo("Exemple" + PROPRE_SUR_PLUSIEURS_LIGNES);
		assertThat(reponse(id, "FT01-A01", "exemple")).isEqualTo("Autre" + PROPRE_SUR_PLUSIEURS_LIGNES);
		assertThat(reponse(id, "V01", "note")).isEqualTo("Note" + PROPRE_SUR_PLUSIEURS_LIGNES);
		assertThat(rapport(compte, id)).contains("Exemple Chargée", "Note Chargée");
	}

	@Test
	void lesChampsDeLaFicheDePosteSontNettoyesEtSesDocumentsSeFont() throws Exception {
		var compte = compte(Role.EMPLOYEUR);
		var champs = FichesDExemple.champsRealistes();
		champs.forEach((nom, valeurs) -> {
			if (estUnTexte(nom)) {
				champs.set(nom, sale(nom));
			}
		});

		for (var brouillon : new String[] { "/fiches-de-poste/brouillon.pdf", "/fiches-de-poste/brouillon.docx" }) {
			mvc.perform(post(brouillon).params(champs).with(csrf())).andExpect(status().isOk());
		}
		var adresse = mvc.perform(post("/fiches-de-poste/mes-fiches").params(champs).with(csrf()).with(connecte(compte)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		var fiche = jdbc.sql("select * from fiche_de_poste where compte_id = ?").param(compte).query().singleRow();
		assertThat(fiche).containsEntry("nom_employeur", "nomEmployeur" + PROPRE)
			.containsEntry("intitule", "intitule" + PROPRE)
			.containsEntry("cadre_d_emplois", "cadreDEmplois" + PROPRE)
			.containsEntry("horaires", "horaires" + PROPRE)
			.containsEntry("deplacements", "deplacements" + PROPRE)
			.containsEntry("permanences", "permanences" + PROPRE)
			.containsEntry("rattachement", "rattachement" + PROPRE)
			.containsEntry("relations", "relations" + PROPRE_SUR_PLUSIEURS_LIGNES);
		assertThat(jdbc.sql("select texte from element_de_fiche where fiche_id = ? and texte is not null order by nature, rang")
			.param(fiche.get("id"))
			.query(String.class)
			.list()).containsExactly("activitesPropres Chargée", "de mission\tvie", "competencesPropres Chargée",
					"de mission\tvie");
		var pdf = mvc.perform(get(adresse + ".pdf").with(connecte(compte))).andExpect(status().isOk()).andReturn();
		try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("intitule Chargée de mission vie");
		}
		var docx = mvc.perform(get(adresse + ".docx").with(connecte(compte))).andExpect(status().isOk()).andReturn();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
				var extraction = new XWPFWordExtractor(document)) {
			assertThat(extraction.getText()).contains("intitule Chargée de mission vie");
		}
	}

	@Test
	void lAnalyseEnregistreeEtLeCorpusSontNettoyes() throws Exception {
		var compte = compte(Role.CURATEUR);
		var texte = sale("Texte") + "\n" + FichesDExemple.SUBVENTIONS;

		mvc.perform(post("/fiches-de-poste/analyse").param("texte", texte).with(csrf()).with(connecte(compte)))
			.andExpect(status().isOk());
		var analyse = mvc.perform(post("/fiches-de-poste/analyses").param("nom", sale("Nom"))
			.param("texte", texte)
			.param("source", sale("Source"))
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(analyse).with(connecte(compte))).andExpect(status().isOk());
		var fichier = new MockMultipartFile("fichiers", sale("fiche").strip() + ".txt", "text/plain",
				FichesDExemple.SUBVENTIONS.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/fiches-de-poste/corpus").file(fichier)
			.param("nom", sale("Corpus"))
			.param("employeur", "COMMUNE")
			.param("territoire", "RURAL")
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isFound());

		var enregistree = jdbc.sql("select nom, texte, source from analyse_de_fiche where compte_id = ?")
			.param(compte)
			.query()
			.singleRow();
		assertThat(enregistree).containsEntry("nom", "Nom" + PROPRE)
			.containsEntry("texte", "Texte" + PROPRE_SUR_PLUSIEURS_LIGNES + "  \n" + FichesDExemple.SUBVENTIONS.strip())
			.containsEntry("source", "Source" + PROPRE);
		var corpus = jdbc.sql("""
				select c.nom, f.nom_du_fichier from corpus_de_fiches c join fiche_du_corpus f on f.corpus_id = c.id
				where c.cree_par = ?""").param(compte).query().singleRow();
		assertThat(corpus).containsEntry("nom", "Corpus" + PROPRE).containsEntry("nom_du_fichier", "fiche" + PROPRE + ".txt");
	}

	@Test
	void lApiDAnalyseLitUnTexteJsonNettoye() throws Exception {
		var texte = FichesDExemple.SUBVENTIONS.replace("subvention des", "subvention\\u0000\\u001F des")
			.replace("associations et", "associations\\uFFFE et")
			.replace("préparer", "\\uD800pre\\u0301parer")
			.replace("exigé.", "exigé.\\u000B")
			.replace("\n", "\\n");

		var reponse = mvc.perform(post("/api/v1/analyses").contentType(MediaType.APPLICATION_JSON)
			.content("{\"texte\": \"" + texte + "\"}")).andExpect(status().isOk()).andReturn().getResponse();

		assertThat(reponse.getContentAsString(StandardCharsets.UTF_8))
			.contains("Instruire les demandes de subvention des associations et préparer les conventions")
			.doesNotContain("\\u0000", "\\u000B", "\\u001F", "\uFFFE", "\\ud800", "\\uD800");
	}

	@Test
	void unTexteDejaEnregistreAvecCesCaracteresNEmpechePasLesDocuments() throws Exception {
		var compte = compte(Role.EMPLOYEUR);
		// Stored before the cleaning at the door (and before the display name's rule): written as it was then.
		jdbc.sql("update compte set nom_affiche = ? where id = ?").params(sale("Ancien").strip(), compte).update();
		var id = positionnements.commencer(compte, Set.of()).id();
		positionnements.exemple(compte, id, Code.of("M1-A01"), sale("Exemple"));
		positionnements.note(compte, id, Code.of("V01"), sale("Note"));
		var fiche = fiches.enregistrer(compte, FichesDExemple.realiste().avecIntitule(sale("Intitule").strip())).id();

		assertThat(rapport(compte, id)).contains("Exemple", "Note");
		mvc.perform(get("/fiches-de-poste/mes-fiches/{id}.pdf", fiche).with(connecte(compte))).andExpect(status().isOk());
		var docx = mvc.perform(get("/fiches-de-poste/mes-fiches/{id}.docx", fiche).with(connecte(compte)))
			.andExpect(status().isOk())
			.andReturn();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
				var extraction = new XWPFWordExtractor(document)) {
			assertThat(extraction.getText()).contains("Intitule").doesNotContain("Intitule?");
			assertThat(document.getProperties().getCoreProperties().getTitle()).startsWith("Intitule");
		}
	}

	@Test
	void leLivretSeFait() throws Exception {
		mvc.perform(get("/api/v1/versions/1.0/export.pdf")).andExpect(status().isOk());
	}

	/** The builder's fields that hold a text typed by the employer (the others hold codes or choices). */
	private static boolean estUnTexte(String nom) {
		return !Set.of("version", "etape", "employeur", "territoire", "categorie", "perimetre", "activite", "competence",
				"valeur", "soiree", "temps", "quotite", "priseDePoste").contains(nom) && !nom.startsWith("part-");
	}

	private String rapport(UUID compte, UUID id) throws Exception {
		MockHttpServletRequestBuilder requete = get("/positionnements/{id}/rapport.pdf", id).with(connecte(compte));
		for (var rubrique : fr.ava.positionnement.Rubrique.values()) {
			requete.param("inclure", rubrique.cle());
		}
		var octets = mvc.perform(requete).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var pdf = Loader.loadPDF(octets)) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	private String reponse(UUID positionnement, String code, String colonne) {
		return jdbc.sql("select " + colonne + " from reponse_de_positionnement where positionnement_id = ? and code = ?")
			.params(positionnement, code)
			.query(String.class)
			.single();
	}

	private UUID compte(Role role) {
		return comptes.creerConfirme("saisie-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr",
				"Camille Saisie", Optional.of("Saisies-nettoyees-2026"), EnumSet.of(role)).id();
	}

	private static RequestPostProcessor connecte(UUID compte) {
		return user(compte.toString()).roles(Role.ACCOMPAGNATEUR.name(), Role.EMPLOYEUR.name(), Role.CURATEUR.name());
	}

}
