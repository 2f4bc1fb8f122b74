package fr.ava.fichedeposte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.ChromiumDesParcours;
import fr.ava.compte.Comptes;

/**
 * An employer writes a job description in headless Chromium: every step (one with a wrong total
 * first), the preview, the DOCX and the PDF downloaded and read back, then saved, reopened, saved
 * again and duplicated. Every page is checked with axe-core (WCAG 2.1 A and AA) and captured in
 * target/captures/fiches.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("fr.ava.Prerequis#chromium")
class ParcoursDeLaFicheDePosteTests {

	private static final String MOT_DE_PASSE = "Fiche-De-Poste-2026";

	private static final Path CAPTURES = Path.of("target", "captures", "fiches");

	@Autowired
	private Comptes comptes;

	@Autowired
	private FichesDePoste fiches;

	@RegisterExtension
	static final ChromiumDesParcours chromium = new ChromiumDesParcours();

	@Test
	void redigeChaqueEtapeTelechargeLaFicheLEnregistreLaRouvreEtLaDuplique() throws Exception {
		var email = "employeur." + UUID.randomUUID() + "@exemple.fr";
		var compte = this.comptes.creerConfirme(email, "Dominique Employeur", Optional.of(MOT_DE_PASSE), Set.of());
		chromium.navigateur().ouvre("/");

		chromium.navigateur().clique(chromium.pilote().findElement(By.cssSelector("nav.navigation")).findElement(By.linkText("Rédiger une fiche de poste")));
		chromium.navigateur().attendsLAdresse("/fiches-de-poste");
		verifieEtCapture("00-accueil");
		chromium.navigateur().clique(chromium.pilote().findElement(By.tagName("main")).findElement(By.linkText("Rédiger une fiche de poste")));
		chromium.navigateur().attendsLAdresse("/fiches-de-poste/nouvelle");

		assertThat(etape()).isEqualTo("Étape 1 sur 8");
		verifieEtCapture("01-employeur");
		coche("Intercommunalité");
		coche("Rural");
		chromium.navigateur().saisit("Nom de l’employeur (facultatif)", "Communauté de communes du Val de Loire");
		chromium.navigateur().clique(chromium.navigateur().bouton("Continuer"));

		attendsLEtape("Étape 2 sur 8");
		verifieEtCapture("02-poste");
		chromium.navigateur().saisit("Intitulé du poste", FichesDExemple.INTITULE);
		coche("Catégorie B");
		chromium.navigateur().saisit("Cadre d’emplois (facultatif)", "Animateurs territoriaux");
		chromium.navigateur().saisit("Rémunération (facultatif)", FichesDExemple.ANNONCE.remuneration());
		chromium.navigateur().saisit("Finalité du poste (facultatif)", FichesDExemple.ANNONCE.finalite());
		chromium.navigateur().clique(chromium.navigateur().bouton("Continuer"));

		// The shares: their total follows the typing (htmx), a wrong total keeps the step with its message
		attendsLEtape("Étape 3 sur 8");
		coche("Accompagnement organisationnel");
		coche("Veille");
		chromium.navigateur().saisit("Part du temps de « Accompagnement organisationnel » (%)", "60");
		chromium.navigateur().saisit("Part du temps de « Veille » (%)", "30");
		chromium.navigateur().attendsLeTexte("#total", "90 %");
		verifieEtCapture("03-missions");
		chromium.navigateur().changeDePagePar(chromium.navigateur().bouton("Continuer"));
		attendsLEtape("Étape 3 sur 8");
		assertThat(chromium.navigateur().texte("#bilan-erreurs")).contains("Les parts du temps de travail totalisent 90 % : elles doivent totaliser 100 %.");
		assertThat(chromium.pilote().switchTo().activeElement().getDomAttribute("id")).isEqualTo("bilan-erreurs");
		verifieEtCapture("03-missions-erreur");
		chromium.navigateur().saisit("Part du temps de « Veille » (%)", "40");
		chromium.navigateur().clique(chromium.navigateur().bouton("Continuer"));

		attendsLEtape("Étape 4 sur 8");
		coche("relecture de statuts et accompagnement à la rédaction");
		coche("Suivre l'évolution des acteurs associatifs et de leurs partenaires, de leurs besoins et de leurs enjeux respectifs");
		chromium.navigateur().saisit("Activités propres à votre structure (facultatif)", FichesDExemple.ACTIVITE_PROPRE);
		verifieEtCapture("04-activites");
		chromium.navigateur().clique(chromium.navigateur().bouton("Continuer"));

		// The competencies of the chosen missions and functions are proposed, ticked
		attendsLEtape("Étape 5 sur 8");
		assertThat(caseCochee("Aller vers")).isTrue();
		assertThat(caseCochee("Rechercher des informations")).isTrue();
		coche("Aller vers");
		chromium.navigateur().saisit("Compétences propres au poste (facultatif)", FichesDExemple.COMPETENCE_PROPRE);
		verifieEtCapture("05-competences");
		chromium.navigateur().clique(chromium.navigateur().bouton("Continuer"));

		attendsLEtape("Étape 6 sur 8");
		coche("Construire la confiance");
		coche("Curiosité");
		verifieEtCapture("06-posture");
		chromium.navigateur().clique(chromium.navigateur().bouton("Continuer"));

		attendsLEtape("Étape 7 sur 8");
		chromium.navigateur().saisit("Rattachement hiérarchique", "Directrice du pôle cohésion sociale");
		chromium.navigateur().saisit("Horaires (facultatif)", "35 heures par semaine");
		coche("Occasionnellement");
		chromium.navigateur().saisit("Permanences locales (facultatif)", "Le jeudi matin à la mairie de Saint-Martin");
		coche("Temps partiel");
		chromium.navigateur().saisit("Quotité d’un temps partiel (%)", "80");
		verifieEtCapture("07-conditions");
		// Sent by Enter, the form's first button: on this page, after the full-page capture
		// (captureBeyondViewport), Chromium lets a click on "Continuer" fall nowhere; without the capture
		// the click submits (seen), so it is the test's screenshot, not the page.
		chromium.navigateur().champ("Quotité d’un temps partiel (%)").sendKeys(Keys.ENTER);

		attendsLEtape("Étape 8 sur 8");
		chromium.navigateur().saisit("Profil recherché (facultatif)", FichesDExemple.ANNONCE.profil());
		chromium.navigateur().saisit("Diplômes ou niveau de formation (facultatif)", FichesDExemple.ANNONCE.diplomes());
		// The date picker's typing order follows the browser's locale: the value is set as the picker sends it
		chromium.pilote().executeScript("arguments[0].value = '2027-09-01'",
				chromium.navigateur().champ("Date de prise de poste (facultatif)"));
		chromium.navigateur().saisit("Candidatures : à qui et comment (facultatif)", FichesDExemple.ANNONCE.contact());
		coche("Ôter des textes du référentiel les apartés entre parenthèses et les appels de note (¹ ²)");
		verifieEtCapture("07b-profil-et-candidature");
		chromium.navigateur().clique(chromium.navigateur().bouton("Voir l'aperçu"));

		chromium.navigateur().attendsLeTitre(FichesDExemple.INTITULE);
		assertThat(chromium.navigateur().texte("article")).contains("Accompagnement organisationnel — 60 % du temps", "Veille — 40 % du temps",
				"Activités propres à l'employeur", FichesDExemple.ACTIVITE_PROPRE, "Occasionnellement",
				FichesDExemple.ANNONCE.finalite(), "Temps partiel (80 % d'un temps plein)", "Prise de poste : 1er septembre 2027",
				FichesDExemple.ANNONCE.contact(), "sans leurs apartés entre parenthèses")
			.doesNotContain("Aller vers", "socio-économique¹", "(ne pas faire à la place de");
		verifieEtCapture("08-apercu");

		chromium.navigateur().clique(chromium.navigateur().bouton("Télécharger en DOCX (Word, LibreOffice)"));
		var docx = chromium.navigateur().telechargement("fiche-de-poste-chargee-de-mission-vie-associative.docx");
		try (var document = new XWPFDocument(Files.newInputStream(docx))) {
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(FichesDExemple.INTITULE);
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("relecture de statuts et accompagnement à la rédaction", FichesDExemple.COMPETENCE_PROPRE);
		}
		chromium.navigateur().clique(chromium.navigateur().bouton("Télécharger en PDF"));
		var pdf = chromium.navigateur().telechargement("fiche-de-poste-chargee-de-mission-vie-associative.pdf");
		try (var document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains(FichesDExemple.INTITULE, "Veille — 40 % du temps",
					FichesDExemple.ANNONCE.diplomes());
		}

		// Written as a visitor, kept while they log in, then saved, listed, reopened, saved again
		chromium.navigateur().clique(chromium.navigateur().bouton("Se connecter pour l'enregistrer"));
		chromium.navigateur().attendsLAdresse("/connexion");
		chromium.navigateur().remplitLaConnexion(email, MOT_DE_PASSE);
		chromium.navigateur().attente().until(ExpectedConditions.urlContains("/fiches-de-poste/mes-fiches/brouillon"));
		assertThat(chromium.navigateur().titre()).isEqualTo(FichesDExemple.INTITULE);
		assertThat(chromium.navigateur().texte("article")).contains("Veille — 40 % du temps", FichesDExemple.ACTIVITE_PROPRE);
		verifieEtCapture("08-apercu-apres-connexion");
		chromium.navigateur().clique(chromium.navigateur().bouton("Enregistrer dans mes fiches"));
		chromium.navigateur().attente().until(ExpectedConditions.urlMatches("/fiches-de-poste/mes-fiches/[0-9a-f-]{36}$"));
		var id = UUID.fromString(chromium.pilote().getCurrentUrl().substring(chromium.pilote().getCurrentUrl().lastIndexOf('/') + 1));
		assertThat(chromium.navigateur().texte(".succes")).contains("est enregistrée");
		verifieEtCapture("09-fiche-enregistree");
		assertThat(fiches.de(compte.id(), id).fiche().parts()).extracting(FicheDePoste.Part::pourcentage).containsExactly(60, 40);
		assertThat(fiches.de(compte.id(), id).fiche().annonce()).isEqualTo(new FicheDePoste.Annonce(
				FichesDExemple.ANNONCE.finalite(), TempsDeTravail.PARTIEL, 80, FichesDExemple.ANNONCE.remuneration(),
				FichesDExemple.ANNONCE.profil(), FichesDExemple.ANNONCE.diplomes(), "2027-09-01",
				FichesDExemple.ANNONCE.contact(), true));

		chromium.navigateur().ouvre("/fiches-de-poste/mes-fiches");
		verifieEtCapture("10-mes-fiches");
		chromium.navigateur().changeDePagePar(chromium.pilote().findElement(By.linkText(FichesDExemple.INTITULE)));
		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Modifier")));
		attendsLEtape("Étape 1 sur 8");
		assertThat(caseCochee("Intercommunalité")).isTrue();
		chromium.navigateur().clique(chromium.navigateur().bouton("Continuer"));
		attendsLEtape("Étape 2 sur 8");
		chromium.navigateur().saisit("Intitulé du poste", "Coordinateur·trice de la vie associative");
		chromium.navigateur().clique(chromium.navigateur().bouton("Voir l'aperçu"));
		chromium.navigateur().attendsLeTitre("Coordinateur·trice de la vie associative");
		chromium.navigateur().clique(chromium.navigateur().bouton("Enregistrer les modifications"));
		chromium.navigateur().attendsLAdresse("/fiches-de-poste/mes-fiches/" + id);
		assertThat(fiches.de(compte.id(), id).fiche().poste().intitule()).isEqualTo("Coordinateur·trice de la vie associative");

		chromium.navigateur().clique(chromium.navigateur().bouton("Dupliquer"));
		chromium.navigateur().attente().until(ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile("\\(copie\\)$")));
		verifieEtCapture("11-copie");
		assertThat(fiches.toutesDe(compte.id())).hasSize(2);
	}

	@Test
	void uneAnalyseOuvreLaFicheAvecSesMissionsEtSignaleLesCodesInconnus() {
		chromium.navigateur().ouvre("/fiches-de-poste/nouvelle?codes=M1,FT01,ZZ9&intitule=Agent%20de%20d%C3%A9veloppement");

		assertThat(chromium.navigateur().texte("main")).contains("ils sont ignorés : ZZ9", "Accompagnement organisationnel, Veille");
		verifieEtCapture("12-nouvelle-depuis-une-analyse");
	}

	private void verifieEtCapture(String nom) {
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().captureLaPage(CAPTURES.resolve(nom + ".png"));
	}

	private void attendsLEtape(String etape) {
		chromium.navigateur().attente().until(page -> etape().equals(etape));
	}

	private String etape() {
		return chromium.pilote().findElement(By.cssSelector(".surtitre span")).getText();
	}

	private void coche(String libelle) {
		chromium.navigateur().clique(chromium.pilote().findElement(By.xpath("//main//label[normalize-space()=\"" + libelle + "\"]")));
	}

	private boolean caseCochee(String libelle) {
		var etiquette = chromium.pilote().findElement(By.xpath("//main//label[normalize-space()=\"" + libelle + "\"]"));
		return chromium.pilote().findElement(By.id(etiquette.getDomAttribute("for"))).isSelected();
	}

}
