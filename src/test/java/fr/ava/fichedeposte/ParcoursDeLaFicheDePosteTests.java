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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.ava.Navigateur;
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

	@LocalServerPort
	private int port;

	@Autowired
	private Comptes comptes;

	@Autowired
	private FichesDePoste fiches;

	private Navigateur navigateur;

	private ChromeDriver pilote;

	@BeforeAll
	void demarreLeNavigateur() {
		this.navigateur = new Navigateur();
		this.pilote = this.navigateur.pilote();
	}

	@AfterAll
	void fermeLeNavigateur() {
		if (this.navigateur != null) {
			this.navigateur.close();
		}
	}

	@Test
	void redigeChaqueEtapeTelechargeLaFicheLEnregistreLaRouvreEtLaDuplique() throws Exception {
		var email = "employeur." + UUID.randomUUID() + "@exemple.fr";
		var compte = this.comptes.creerConfirme(email, "Dominique Employeur", Optional.of(MOT_DE_PASSE), Set.of());
		ouvre("/");

		clique(this.pilote.findElement(By.linkText("Fiches de poste")));
		attendsLAdresse("/fiches-de-poste");
		verifieEtCapture("00-accueil");
		clique(this.pilote.findElement(By.linkText("Rédiger une fiche de poste")));
		attendsLAdresse("/fiches-de-poste/nouvelle");

		assertThat(etape()).isEqualTo("Étape 1 sur 7");
		verifieEtCapture("01-employeur");
		coche("Intercommunalité");
		coche("Rural");
		saisit("Nom de l’employeur (facultatif)", "Communauté de communes du Val de Loire");
		clique(bouton("Continuer"));

		attendsLEtape("Étape 2 sur 7");
		verifieEtCapture("02-poste");
		saisit("Intitulé du poste", FichesDExemple.INTITULE);
		coche("Catégorie B");
		saisit("Cadre d’emplois (facultatif)", "Animateurs territoriaux");
		clique(bouton("Continuer"));

		// The shares: their total follows the typing (htmx), a wrong total keeps the step with its message
		attendsLEtape("Étape 3 sur 7");
		coche("Accompagnement organisationnel");
		coche("Veille");
		saisit("Part du temps de « Accompagnement organisationnel » (%)", "60");
		saisit("Part du temps de « Veille » (%)", "30");
		attendsLeTexte("#total", "90 %");
		verifieEtCapture("03-missions");
		this.navigateur.changeDePagePar(bouton("Continuer"));
		attendsLEtape("Étape 3 sur 7");
		assertThat(texte("#bilan-erreurs")).contains("Les parts du temps de travail totalisent 90 % : elles doivent totaliser 100 %.");
		assertThat(this.pilote.switchTo().activeElement().getDomAttribute("id")).isEqualTo("bilan-erreurs");
		verifieEtCapture("03-missions-erreur");
		saisit("Part du temps de « Veille » (%)", "40");
		clique(bouton("Continuer"));

		attendsLEtape("Étape 4 sur 7");
		coche("relecture de statuts et accompagnement à la rédaction");
		coche("Suivre l'évolution des acteurs associatifs et de leurs partenaires, de leurs besoins et de leurs enjeux respectifs");
		saisit("Activités propres à votre structure (facultatif)", FichesDExemple.ACTIVITE_PROPRE);
		verifieEtCapture("04-activites");
		clique(bouton("Continuer"));

		// The competencies of the chosen missions and functions are proposed, ticked
		attendsLEtape("Étape 5 sur 7");
		assertThat(caseCochee("Aller vers")).isTrue();
		assertThat(caseCochee("Rechercher des informations")).isTrue();
		coche("Aller vers");
		saisit("Compétences propres au poste (facultatif)", FichesDExemple.COMPETENCE_PROPRE);
		verifieEtCapture("05-competences");
		clique(bouton("Continuer"));

		attendsLEtape("Étape 6 sur 7");
		coche("Construire la confiance");
		coche("Curiosité");
		verifieEtCapture("06-posture");
		clique(bouton("Continuer"));

		attendsLEtape("Étape 7 sur 7");
		saisit("Rattachement hiérarchique", "Directrice du pôle cohésion sociale");
		saisit("Horaires (facultatif)", "35 heures par semaine");
		coche("Occasionnellement");
		saisit("Permanences locales (facultatif)", "Le jeudi matin à la mairie de Saint-Martin");
		verifieEtCapture("07-conditions");
		clique(bouton("Voir l'aperçu"));

		attendsLeTitre(FichesDExemple.INTITULE);
		assertThat(texte("article")).contains("Accompagnement organisationnel — 60 % du temps", "Veille — 40 % du temps",
				"Activités propres à l'employeur", FichesDExemple.ACTIVITE_PROPRE, "Occasionnellement")
			.doesNotContain("Aller vers");
		verifieEtCapture("08-apercu");

		clique(bouton("Télécharger en DOCX (Word, LibreOffice)"));
		var docx = this.navigateur.telechargement("fiche-de-poste-chargee-de-mission-vie-associative.docx");
		try (var document = new XWPFDocument(Files.newInputStream(docx))) {
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(FichesDExemple.INTITULE);
			assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("relecture de statuts et accompagnement à la rédaction", FichesDExemple.COMPETENCE_PROPRE);
		}
		clique(bouton("Télécharger en PDF"));
		var pdf = this.navigateur.telechargement("fiche-de-poste-chargee-de-mission-vie-associative.pdf");
		try (var document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains(FichesDExemple.INTITULE, "Veille — 40 % du temps");
		}

		// Written as a visitor, kept while they log in, then saved, listed, reopened, saved again
		clique(bouton("Se connecter pour l'enregistrer"));
		attendsLAdresse("/connexion");
		saisit("Adresse électronique", email);
		saisit("Mot de passe", MOT_DE_PASSE);
		clique(bouton("Se connecter"));
		this.navigateur.attente().until(ExpectedConditions.urlContains("/fiches-de-poste/mes-fiches/brouillon"));
		assertThat(titre()).isEqualTo(FichesDExemple.INTITULE);
		assertThat(texte("article")).contains("Veille — 40 % du temps", FichesDExemple.ACTIVITE_PROPRE);
		verifieEtCapture("08-apercu-apres-connexion");
		clique(bouton("Enregistrer dans mes fiches"));
		this.navigateur.attente().until(ExpectedConditions.urlMatches("/fiches-de-poste/mes-fiches/[0-9a-f-]{36}$"));
		var id = UUID.fromString(this.pilote.getCurrentUrl().substring(this.pilote.getCurrentUrl().lastIndexOf('/') + 1));
		assertThat(texte(".succes")).contains("est enregistrée");
		verifieEtCapture("09-fiche-enregistree");
		assertThat(fiches.de(compte.id(), id).fiche().parts()).extracting(FicheDePoste.Part::pourcentage).containsExactly(60, 40);

		ouvre("/fiches-de-poste/mes-fiches");
		verifieEtCapture("10-mes-fiches");
		this.navigateur.changeDePagePar(this.pilote.findElement(By.linkText(FichesDExemple.INTITULE)));
		clique(this.pilote.findElement(By.linkText("Modifier")));
		attendsLEtape("Étape 1 sur 7");
		assertThat(caseCochee("Intercommunalité")).isTrue();
		clique(bouton("Continuer"));
		attendsLEtape("Étape 2 sur 7");
		saisit("Intitulé du poste", "Coordinateur·trice de la vie associative");
		clique(bouton("Voir l'aperçu"));
		attendsLeTitre("Coordinateur·trice de la vie associative");
		clique(bouton("Enregistrer les modifications"));
		attendsLAdresse("/fiches-de-poste/mes-fiches/" + id);
		assertThat(fiches.de(compte.id(), id).fiche().poste().intitule()).isEqualTo("Coordinateur·trice de la vie associative");

		clique(bouton("Dupliquer"));
		this.navigateur.attente().until(ExpectedConditions.textMatches(By.tagName("h1"), Pattern.compile("\\(copie\\)$")));
		verifieEtCapture("11-copie");
		assertThat(fiches.toutesDe(compte.id())).hasSize(2);
	}

	@Test
	void uneAnalyseOuvreLaFicheAvecSesMissionsEtSignaleLesCodesInconnus() {
		ouvre("/fiches-de-poste/nouvelle?codes=M1,FT01,ZZ9&intitule=Agent%20de%20d%C3%A9veloppement");

		assertThat(texte("main")).contains("ils sont ignorés : ZZ9", "Accompagnement organisationnel, Veille");
		verifieEtCapture("12-nouvelle-depuis-une-analyse");
	}

	private void verifieEtCapture(String nom) {
		this.navigateur.verifieLAccessibilite();
		this.navigateur.captureLaPage(CAPTURES.resolve(nom + ".png"));
	}

	private void attendsLeTitre(String titre) {
		this.navigateur.attente().until(ExpectedConditions.textToBe(By.tagName("h1"), titre));
	}

	private void attendsLEtape(String etape) {
		this.navigateur.attente().ignoring(StaleElementReferenceException.class).until(page -> etape().equals(etape));
	}

	private void attendsLeTexte(String selecteur, String attendu) {
		this.navigateur.attente()
			.ignoring(StaleElementReferenceException.class)
			.until(page -> texte(selecteur).contains(attendu));
	}

	private String etape() {
		return this.pilote.findElement(By.cssSelector(".surtitre span")).getText();
	}

	private void coche(String libelle) {
		clique(this.pilote.findElement(By.xpath("//main//label[normalize-space()=\"" + libelle + "\"]")));
	}

	private boolean caseCochee(String libelle) {
		var etiquette = this.pilote.findElement(By.xpath("//main//label[normalize-space()=\"" + libelle + "\"]"));
		return this.pilote.findElement(By.id(etiquette.getDomAttribute("for"))).isSelected();
	}

	private WebElement bouton(String texte) {
		return this.pilote.findElement(By.xpath("//main//button[normalize-space()=\"" + texte + "\"]"));
	}

	private void saisit(String libelle, String valeur) {
		var etiquette = this.pilote.findElement(By.xpath("//main//label[normalize-space()=\"" + libelle + "\"]"));
		var champ = this.pilote.findElement(By.id(etiquette.getDomAttribute("for")));
		champ.clear();
		champ.sendKeys(valeur);
	}

	private void ouvre(String chemin) {
		this.pilote.get("http://localhost:" + this.port + chemin);
	}

	private void clique(WebElement element) {
		new Actions(this.pilote).scrollToElement(element).perform();
		element.click();
	}

	private void attendsLAdresse(String chemin) {
		this.navigateur.attente().until(ExpectedConditions.urlToBe("http://localhost:" + this.port + chemin));
	}

	private String titre() {
		return this.pilote.findElement(By.tagName("h1")).getText();
	}

	private String texte(String selecteur) {
		return this.pilote.findElement(By.cssSelector(selecteur)).getText();
	}

}
