package fr.ava.fichedeposte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.ChromiumDesParcours;
import fr.ava.compte.Comptes;
import fr.ava.compte.Role;

/**
 * The analyser and the corpus in headless Chromium: a Word job description uploaded, its result, the
 * builder opened from it; an analysis kept by a logged-in person; a curator's corpus of 50 files, its
 * figures and their CSV. Every page is checked with axe-core (WCAG 2.1 A and AA).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("fr.ava.Prerequis#chromium")
class ParcoursDeLAnalyseTests {

	private static final String MOT_DE_PASSE = "Analyser-Les-Fiches-2026";

	private static final Path EVALUATION = Path.of("src/test/resources/fiches-de-poste/evaluation");

	@Autowired
	private Comptes comptes;

	@RegisterExtension
	static final ChromiumDesParcours chromium = new ChromiumDesParcours();

	private Path dossier;

	@BeforeAll
	void demarreLeNavigateur() throws IOException {
		this.dossier = Files.createTempDirectory("ava-analyse-");
	}

	/** Each journey starts logged out, whatever the one before did. */
	@BeforeEach
	void sansSession() {
		chromium.pilote().manage().deleteAllCookies();
	}

	@Test
	void uneFicheWordEnvoyeeEstAnalyseePuisOuvreLAssistantSurCeQuElleCouvre() throws IOException {
		var fiche = docx("fiche-saint-lo.docx", FichesDExemple.SUBVENTIONS.lines().toArray(String[]::new));

		chromium.navigateur().ouvre("/fiches-de-poste/analyse");
		chromium.navigateur().verifieLAccessibilite();
		chromium.pilote().findElement(By.id("fichier")).sendKeys(fiche.toString());
		chromium.navigateur().clique(chromium.navigateur().bouton("Analyser"));
		chromium.navigateur().attendsLeTitre("Résultat de l'analyse");
		assertThat(chromium.pilote().findElement(By.tagName("main")).getText()).contains("fiche-saint-lo.docx",
				"Gestion administrative et financière", "Sans aucune preuve dans le texte");
		assertThat(chromium.pilote().findElements(By.cssSelector(".couverture.presente h3")))
			.extracting(WebElement::getText)
			.anySatisfy(titre -> assertThat(titre).contains("FS01"));
		assertThat(chromium.pilote().findElements(By.cssSelector(".texte-analyse mark")))
			.extracting(WebElement::getText)
			.anySatisfy(phrase -> assertThat(phrase).contains("subvention"));
		chromium.navigateur().verifieLAccessibilite();

		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Rédiger une fiche de poste à partir de cette analyse")));
		chromium.navigateur().attente().until(ExpectedConditions.urlContains("/fiches-de-poste/nouvelle"));
		assertThat(chromium.pilote().getCurrentUrl()).contains("codes=").contains("FS01");
		assertThat(chromium.pilote().getPageSource()).contains("Chargé·e de mission vie associative");
	}

	@Test
	void unePersonneConnecteeGardeSonAnalyseEtLaRetrouve() throws IOException {
		connecte(Set.of());
		chromium.navigateur().ouvre("/fiches-de-poste/analyse");
		chromium.navigateur().saisit("Texte de la fiche de poste", Files.readString(EVALUATION.resolve(premiereFiche())));
		chromium.navigateur().clique(chromium.navigateur().bouton("Analyser"));
		chromium.navigateur().attendsLeTitre("Résultat de l'analyse");
		chromium.navigateur().saisit("Nom de l'analyse", "Ma fiche de poste actuelle");
		chromium.navigateur().clique(chromium.navigateur().bouton("Enregistrer l'analyse"));
		chromium.navigateur().attendsLeTitre("Ma fiche de poste actuelle");
		chromium.navigateur().verifieLAccessibilite();

		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Mes analyses enregistrées")));
		chromium.navigateur().attendsLAdresse("/fiches-de-poste/analyses");
		assertThat(chromium.pilote().findElement(By.tagName("table")).getText()).contains("Ma fiche de poste actuelle");
		chromium.navigateur().verifieLAccessibilite();
	}

	@Test
	void unCurateurDeposeCinquanteFichesLitLesChiffresEtEmporteLeCsv() throws IOException {
		var archive = zipDeCinquanteFiches();
		connecte(Set.of(Role.CURATEUR));

		chromium.navigateur().ouvre("/fiches-de-poste/corpus");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().saisit("Nom du corpus", "Cinquante fiches d'essai");
		new Select(chromium.pilote().findElement(By.id("employeur"))).selectByVisibleText("Association");
		new Select(chromium.pilote().findElement(By.id("territoire"))).selectByVisibleText("Rural");
		chromium.pilote().findElement(By.id("fichiers")).sendKeys(archive.toString());
		chromium.navigateur().clique(chromium.navigateur().bouton("Créer le corpus et analyser les fichiers"));
		chromium.navigateur().attendsLeTitre("Cinquante fiches d'essai");
		assertThat(chromium.pilote().findElement(By.className("chapeau")).getText()).contains("50 fiches analysées");
		assertThat(chromium.pilote().findElements(By.cssSelector(".tableau-corpus tbody tr"))).hasSize(3 + 17);
		chromium.navigateur().verifieLAccessibilite();

		var identifiant = chromium.pilote().getCurrentUrl().substring(chromium.pilote().getCurrentUrl().lastIndexOf('/') + 1);
		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Télécharger les chiffres (CSV)")));
		var csv = Files.readString(chromium.navigateur().telechargement("corpus-" + identifiant + ".csv"), StandardCharsets.UTF_8);
		var lignes = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		assertThat(lignes.get(0).values()).containsExactly("code", "libellé", "fiches (sur 50)", "part (%)",
				"Association (sur 50)", "Rural (sur 50)");
		assertThat(lignes).hasSize(1 + 3 + 17);
		assertThat(lignes.stream().skip(1).mapToInt(l -> Integer.parseInt(l.get(2))).sum()).isPositive();
	}

	private Path zipDeCinquanteFiches() throws IOException {
		var archive = this.dossier.resolve("corpus.zip");
		try (var fichiers = Files.list(EVALUATION); var zip = new ZipOutputStream(Files.newOutputStream(archive))) {
			for (var fiche : fichiers.filter(f -> f.toString().endsWith(".txt")).sorted().limit(50).toList()) {
				zip.putNextEntry(new ZipEntry(fiche.getFileName().toString()));
				Files.copy(fiche, zip);
				zip.closeEntry();
			}
		}
		return archive;
	}

	private static String premiereFiche() throws IOException {
		try (var fichiers = Files.list(EVALUATION)) {
			return fichiers.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
		}
	}

	private Path docx(String nom, String... lignes) throws IOException {
		var fichier = this.dossier.resolve(nom);
		try (var document = new XWPFDocument(); OutputStream sortie = Files.newOutputStream(fichier)) {
			for (var ligne : lignes) {
				document.createParagraph().createRun().setText(ligne);
			}
			document.write(sortie);
		}
		return fichier;
	}

	private void connecte(Set<Role> roles) {
		var email = "analyse." + UUID.randomUUID() + "@exemple.fr";
		this.comptes.creerConfirme(email, "Sacha Analyse", Optional.of(MOT_DE_PASSE), roles);
		chromium.navigateur().ouvre("/connexion");
		chromium.navigateur().remplitLaConnexion(email, MOT_DE_PASSE);
		chromium.navigateur().attendsLAdresse("/tableau-de-bord");
	}

}
