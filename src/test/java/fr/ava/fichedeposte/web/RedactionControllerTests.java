package fr.ava.fichedeposte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.ava.compte.Comptes;
import fr.ava.fichedeposte.FichesDExemple;
import fr.ava.fichedeposte.FichesDePoste;

@SpringBootTest
@AutoConfigureMockMvc
class RedactionControllerTests {

	private static final String SCRIPT = "<script>alert('fiche')</script>";

	@Autowired
	MockMvc mvc;

	@Autowired
	FichesDePoste fiches;

	@Autowired
	Comptes comptes;

	@Test
	void ouvreLaPremiereEtapeAvecLesMissionsProposeesEtNommeLesCodesInconnus() throws Exception {
		mvc.perform(get("/fiches-de-poste/nouvelle").param("codes", "M1,FT01,ZZ9,FS03").param("intitule", "Agent de développement"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Étape 1 sur 8"), containsString("ils sont ignorés : <span>ZZ9</span>"),
					containsString("Accompagnement organisationnel, Veille, Représentation"),
					containsString("name=\"perimetre\" value=\"FT01\""),
					containsString("name=\"intitule\" value=\"Agent de développement\""))));
	}

	@Test
	void passeALEtapeSuivanteQuandLEtapeEstJusteEtDemandeLeStatutQuiConvientALEmployeur() throws Exception {
		mvc.perform(etape(1).param("employeur", "COMMUNE").param("territoire", "URBAIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Étape 2 sur 8"), containsString("Catégorie B"),
					not(containsString("Convention collective")))));
		mvc.perform(etape(1).param("employeur", "ASSOCIATION").param("territoire", "RURAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Convention collective"), not(containsString("Catégorie B")))));
	}

	@Test
	void resteSurLEtapeAvecUnMessageEnFrancaisQuandLesPartsNeTotalisentPasCent() throws Exception {
		mvc.perform(etape(3).param("perimetre", "M1", "FT01").param("part-M1", "40").param("part-FT01", "50"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Étape 3 sur 8"),
					containsString("<a href=\"#parts\">Les parts du temps de travail totalisent 90 % : elles doivent totaliser 100 %.</a>"),
					containsString("Total des parts : <strong>90 %</strong>"), containsString("value=\"40\""))));
	}

	@Test
	void refuseUneMissionOuFonctionInconnueEnvoyeeParLeFormulaire() throws Exception {
		mvc.perform(etape(3).param("perimetre", "ZZ9").param("part-ZZ9", "100"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("« ZZ9 » n&#39;est ni une mission ni une fonction de la version 1.0")));
	}

	@Test
	void refuseUnChampTropLongAvecSaLongueur() throws Exception {
		mvc.perform(etape(2).param("employeur", "ASSOCIATION").param("intitule", "I".repeat(121)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("est trop long : 120 caractères au plus (vous en avez saisi 121)."),
					containsString("aria-invalid=\"true\""), containsString("href=\"#intitule\""))));
	}

	@Test
	void afficheUnScriptSaisiCommeDuTexteDansLesPagesEtLeDocx() throws Exception {
		var champs = FichesDExemple.champsRealistes();
		champs.set("intitule", SCRIPT);
		champs.set("activitesPropres", SCRIPT);

		mvc.perform(post("/fiches-de-poste/redaction").params(champs).param("aller", "suivante").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>&lt;script&gt;alert(&#39;fiche&#39;)&lt;/script&gt;</h1>"),
					not(containsString(SCRIPT)))));
		var docx = mvc.perform(post("/fiches-de-poste/brouillon.docx").params(champs).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).contains(SCRIPT);
		}
	}

	@Test
	void lApercuMontreLaFicheEtProposeDeSeConnecterPourLEnregistrer() throws Exception {
		mvc.perform(post("/fiches-de-poste/redaction").params(FichesDExemple.champsRealistes()).param("aller", "suivante").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aperçu de la fiche de poste"),
					containsString("Télécharger en DOCX"), containsString("Activités propres à l&#39;employeur"),
					containsString(FichesDExemple.ACTIVITE_PROPRE), containsString("Se connecter"),
					not(containsString("Enregistrer dans mes fiches")))));
	}

	@Test
	void leBrouillonSeTelechargeEnDocxEtEnPdfSousLeNomDeSonIntitule() throws Exception {
		mvc.perform(post("/fiches-de-poste/brouillon.docx").params(FichesDExemple.champsRealistes()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"fiche-de-poste-chargee-de-mission-vie-associative.docx\""));
		mvc.perform(post("/fiches-de-poste/brouillon.pdf").params(FichesDExemple.champsRealistes()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("chargee-de-mission-vie-associative.pdf")));
	}

	@Test
	void unBrouillonAuxPartsFaussesNeSeTelechargePasEtRevientALEtapeFautive() throws Exception {
		var champs = FichesDExemple.champsRealistes();
		champs.set("part-M1", "10");

		mvc.perform(post("/fiches-de-poste/brouillon.docx").params(champs).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(allOf(containsString("Étape 3 sur 8"),
					containsString("Les parts du temps de travail totalisent 70 %"))));
	}

	@Test
	void enregistreLaFicheDUnePersonneConnecteeEtEnMontreLaPage() throws Exception {
		var compte = compte();

		var adresse = mvc.perform(post("/fiches-de-poste/mes-fiches").params(FichesDExemple.champsRealistes())
			.with(csrf())
			.with(user(compte.toString())))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", startsWith("/fiches-de-poste/mes-fiches/")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(fiches.toutesDe(compte)).singleElement().satisfies(enregistree -> {
			assertThat(enregistree.fiche()).isEqualTo(FichesDExemple.realiste());
			assertThat(adresse).endsWith(enregistree.id().toString());
		});
		mvc.perform(get(adresse).with(user(compte.toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(FichesDExemple.ACTIVITE_PROPRE)));
	}

	@Test
	void nEnregistreRienDUneFicheAuxPartsFaussesEtMontreLEtapeAvecSonMessage() throws Exception {
		var compte = compte();
		var champs = FichesDExemple.champsRealistes();
		champs.set("part-FS03", "30");

		mvc.perform(post("/fiches-de-poste/mes-fiches").params(champs).with(csrf()).with(user(compte.toString())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Les parts du temps de travail totalisent 120 %")));
		assertThat(fiches.toutesDe(compte)).isEmpty();
	}

	@Test
	void sansJetonCsrfLaRedactionEtLEnregistrementSontRefuses() throws Exception {
		var compte = compte();

		mvc.perform(post("/fiches-de-poste/mes-fiches").params(FichesDExemple.champsRealistes()).with(user(compte.toString())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/fiches-de-poste/redaction").params(FichesDExemple.champsRealistes())).andExpect(status().isForbidden());
		assertThat(fiches.toutesDe(compte)).isEmpty();
	}

	@Test
	void laFicheDUnAutreEstUnePageIntrouvableEnFrancaisCommeUneFicheQuiNExistePas() throws Exception {
		var proprietaire = compte();
		var sienne = fiches.enregistrer(proprietaire, FichesDExemple.realiste());
		var autre = compte();

		var chezLAutre = mvc.perform(get("/fiches-de-poste/mes-fiches/{id}", sienne.id()).with(user(autre.toString())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Cette fiche de poste n&#39;existe pas.")))
			.andReturn();
		var inexistante = mvc.perform(get("/fiches-de-poste/mes-fiches/{id}", UUID.randomUUID()).with(user(autre.toString())))
			.andExpect(status().isNotFound())
			.andReturn();

		assertThat(sansJetonCsrf(chezLAutre.getResponse().getContentAsString()))
			.isEqualTo(sansJetonCsrf(inexistante.getResponse().getContentAsString()))
			.doesNotContain(FichesDExemple.INTITULE);
		assertThat(fiches.de(proprietaire, sienne.id()).fiche()).isEqualTo(FichesDExemple.realiste());
	}

	@Test
	void leTotalDesPartsSeCalculePendantLaSaisie() throws Exception {
		mvc.perform(post("/fiches-de-poste/redaction/total").header("HX-Request", "true")
			.param("part-M1", "40")
			.param("part-FT01", "50")
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(startsWith("<p id=\"total\""), containsString("90 %"),
					containsString("il faut 100 %"))));
		mvc.perform(post("/fiches-de-poste/redaction/total").header("HX-Request", "true")
			.param("part-M1", "2147483647")
			.param("part-FT01", "2147483647")
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("4294967294 %")));
	}

	/** The session is Spring Session's, in the database: the requests carry its cookie, as a browser does. */
	@Test
	void unVisiteurQuiSeConnectePourEnregistrerRetrouveSaFicheEnregistrableQuiNeSertQuUneFois() throws Exception {
		var compte = compte();

		var garde = mvc.perform(post("/fiches-de-poste/brouillon").params(FichesDExemple.champsRealistes()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/fiches-de-poste/mes-fiches/brouillon"))
			.andReturn();
		var session = garde.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		mvc.perform(get("/fiches-de-poste/mes-fiches/brouillon").cookie(session))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/connexion")));
		mvc.perform(get("/fiches-de-poste/mes-fiches/brouillon").cookie(session).with(user(compte.toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>" + FichesDExemple.INTITULE + "</h1>"),
					containsString("Enregistrer dans mes fiches"), not(containsString("Se connecter pour l'enregistrer")))));

		mvc.perform(post("/fiches-de-poste/mes-fiches").params(FichesDExemple.champsRealistes())
			.cookie(session)
			.with(csrf())
			.with(user(compte.toString()))).andExpect(status().isFound());
		assertThat(fiches.toutesDe(compte)).singleElement()
			.satisfies(enregistree -> assertThat(enregistree.fiche()).isEqualTo(FichesDExemple.realiste()));
		mvc.perform(get("/fiches-de-poste/mes-fiches/brouillon").cookie(session).with(user(compte.toString())))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/fiches-de-poste/nouvelle"));
	}

	@Test
	void unBrouillonAvecDesErreursRevientASonEtapeSansRemplacerCeluiQuiEstGarde() throws Exception {
		var session = mvc.perform(post("/fiches-de-poste/brouillon").params(FichesDExemple.champsRealistes()).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		var fautif = FichesDExemple.champsRealistes();
		fautif.set("intitule", "Autre poste");
		fautif.set("part-FT01", "30");

		mvc.perform(post("/fiches-de-poste/brouillon").params(fautif).cookie(session).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Étape 3 sur 8"),
					containsString("elles doivent totaliser 100 %"))));

		mvc.perform(get("/fiches-de-poste/mes-fiches/brouillon").cookie(session).with(user(compte().toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>" + FichesDExemple.INTITULE + "</h1>"),
					not(containsString("Autre poste")))));
	}

	@Test
	void lApercuDUnVisiteurLuiProposeDeSeConnecterPourEnregistrer() throws Exception {
		mvc.perform(post("/fiches-de-poste/redaction").params(FichesDExemple.champsRealistes()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("formaction=\"/fiches-de-poste/brouillon\""),
					containsString("Se connecter pour l'enregistrer"), not(containsString("Enregistrer dans mes fiches")))));
	}

	@Test
	void revenirALEtapePrecedenteNeVerifieRienEtGardeLaSaisie() throws Exception {
		mvc.perform(etape(3).param("intitule", "Coordinateur").param("part-M1", "40").param("aller", "precedente"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Étape 2 sur 8"), containsString("value=\"Coordinateur\""),
					containsString("name=\"part-M1\" value=\"40\""), not(containsString("bilan-erreurs")))));
	}

	@Test
	void lEtapeDuPosteDemandeFinaliteEtRemunerationEtSuggereDesIntitulesDAva() throws Exception {
		mvc.perform(etape(1).param("employeur", "COMMUNE").param("territoire", "URBAIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"finalite\""), containsString("name=\"remuneration\""),
					containsString("<option value=\"Chargé·e de mission vie associative\" label=\"Suggestion d’AVA\">"),
					containsString("suggestion d’AVA : au singulier, en écriture inclusive"))));
	}

	@Test
	void refuseUneQuotiteDeTempsPartielHorsDesBornesOuIllisible() throws Exception {
		for (var quotite : List.of("150", "5", "", "quatre-vingts")) {
			mvc.perform(etape(7).param("rattachement", "Direction").param("temps", "PARTIEL").param("quotite", quotite))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Indiquez la quotité du temps partiel : un nombre entier de 10 à 99")));
		}
		mvc.perform(etape(7).param("rattachement", "Direction").param("temps", "PLEIN").param("quotite", "150"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Étape 8 sur 8")));
	}

	@Test
	void refuseUneDatePriseDePosteQuiNEnEstPasEtDesTextesTropLongs() throws Exception {
		mvc.perform(etape(8).param("priseDePoste", "31/02/2027"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("« 31/02/2027 » n&#39;est pas une date"),
					containsString("href=\"#priseDePoste\""), containsString("value=\"31/02/2027\""))));
		mvc.perform(etape(8).param("profil", "p".repeat(1001)).param("contact", "c".repeat(301)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(
					containsString("Le profil recherché est décrit trop longuement"),
					containsString("Le contact pour les candidatures est trop long : 300 caractères au plus (vous en avez saisi 301)."))));
		mvc.perform(etape(2).param("employeur", "ASSOCIATION").param("intitule", "Coordinateur").param("finalite", "f".repeat(1001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("La finalité du poste est décrite trop longuement")));
	}

	@Test
	void lOptionOteLesApartesDeLApercuMaisPasDesPagesDuReferentiel() throws Exception {
		var champs = FichesDExemple.champsRealistes();
		mvc.perform(post("/fiches-de-poste/redaction").params(champs).param("aller", "suivante").with(csrf()))
			.andExpect(content().string(allOf(containsString("socio-économique¹"), containsString("(écoute active)"))));
		champs.add("sansApartes", "oui");

		mvc.perform(post("/fiches-de-poste/redaction").params(champs).param("aller", "suivante").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aperçu de la fiche de poste"),
					containsString("le modèle socio-économique, le"), not(containsString("socio-économique¹")),
					not(containsString("(écoute active)")), containsString("name=\"sansApartes\" value=\"oui\""))));
		mvc.perform(get("/referentiel/1.0/missions/accompagnement-organisationnel"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("socio-économique¹"), containsString("(ne pas faire à la place de"),
					containsString("Écouter (écoute active)"))));
	}

	private MockHttpServletRequestBuilder etape(int numero) {
		return post("/fiches-de-poste/redaction").param("version", "1.0").param("etape", String.valueOf(numero)).with(csrf());
	}

	private UUID compte() {
		return comptes.creerConfirme("fiches-" + UUID.randomUUID() + "@exemple.fr", "Employeur de test", Optional.empty(),
				Set.of()).id();
	}

	private static String sansJetonCsrf(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

}
