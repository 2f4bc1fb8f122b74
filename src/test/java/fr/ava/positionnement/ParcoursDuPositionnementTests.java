package fr.ava.positionnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.ava.Navigateur;
import fr.ava.compte.Comptes;
import fr.ava.referentiel.Code;

/**
 * A practitioner's self-assessment in headless Chromium: start, rate as one goes (autosaved), leave,
 * come back, values, finish, results, the PDF report, a share link and its revocation, a second
 * self-assessment compared with the first. Every page is checked with axe-core (WCAG 2.1 A and AA).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("fr.ava.Prerequis#chromium")
class ParcoursDuPositionnementTests {

	private static final String MOT_DE_PASSE = "Se-Positionner-2026";

	@LocalServerPort
	private int port;

	@Autowired
	private Comptes comptes;

	@Autowired
	private Positionnements positionnements;

	private Navigateur navigateur;

	private ChromeDriver pilote;

	@BeforeAll
	void demarreLeNavigateur() {
		this.navigateur = new Navigateur(this.port);
		this.pilote = this.navigateur.pilote();
	}

	@AfterAll
	void fermeLeNavigateur() {
		if (this.navigateur != null) {
			this.navigateur.close();
		}
	}

	@Test
	void commenceEvalueAuFilDeLEauReprendPuisLitSesResultats() {
		var email = "lou." + UUID.randomUUID() + "@exemple.fr";
		var compte = this.comptes.creerConfirme(email, "Lou Bernard", Optional.of(MOT_DE_PASSE), Set.of());
		this.navigateur.ouvre("/connexion");
		this.navigateur.remplitLaConnexion(email, MOT_DE_PASSE);
		this.navigateur.attendsLAdresse("/tableau-de-bord");

		this.navigateur.clique(this.pilote.findElement(By.linkText("Me positionner")));
		this.navigateur.attendsLAdresse("/positionnements");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.clique(this.pilote.findElement(By.linkText("Commencer un positionnement")));
		this.navigateur.attendsLAdresse("/positionnements/nouveau");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.clique(this.pilote.findElement(By.xpath("//label[normalize-space()='Veille']")));
		this.navigateur.clique(this.navigateur.bouton("Commencer"));
		this.navigateur.attente().until(ExpectedConditions.urlMatches("/positionnements/[0-9a-f-]{36}$"));
		var id = UUID.fromString(this.pilote.getCurrentUrl().substring(this.pilote.getCurrentUrl().lastIndexOf('/') + 1));
		assertThat(this.navigateur.titre()).isEqualTo("Mon positionnement");
		this.navigateur.verifieLAccessibilite();

		// Autosave: each click is saved at once, the progress follows
		this.navigateur.changeDePagePar(this.pilote.findElement(By.xpath("//a[@aria-label='Répondre : Veille']")));
		assertThat(this.navigateur.titre()).isEqualTo("Veille");
		this.navigateur.verifieLAccessibilite();
		choisit("n_FT01-C01_4");
		this.navigateur.attendsLeTexte("#progression", "1 compétence évaluée sur 4");
		choisit("n_FT01-C02_3");
		this.navigateur.attendsLeTexte("#progression", "2 compétences évaluées sur 4");
		this.navigateur.attente()
			.until(page -> Niveau.AUTONOMIE.equals(positionnements.de(compte.id(), id).niveau(Code.of("FT01-C02"))));
		var exemple = this.pilote.findElement(By.id("e_FT01-A03"));
		exemple.sendKeys("Une note mensuelle aux élus sur les politiques associatives");
		choisit("f_FT01-A03_SOUVENT");
		this.navigateur.attente()
			.until(page -> positionnements.de(compte.id(), id).reponse(Code.of("FT01-A03")).exemple() != null);

		// Leave, come back: the answers are there
		this.navigateur.ouvre("/");
		this.navigateur.ouvre("/positionnements/" + id + "/perimetres/FT01");
		assertThat(this.pilote.findElement(By.id("n_FT01-C01_4")).isSelected()).isTrue();
		assertThat(this.pilote.findElement(By.id("e_FT01-A03")).getDomProperty("value"))
			.isEqualTo("Une note mensuelle aux élus sur les politiques associatives");

		// The plain form, as without JavaScript, saves the page and goes on
		choisit("n_FT01-C03_1");
		this.navigateur.clique(this.navigateur.bouton("Enregistrer et passer aux valeurs"));
		this.navigateur.attendsLAdresse("/positionnements/" + id + "/valeurs");
		this.navigateur.verifieLAccessibilite();
		choisit("s_V15_FORCE");
		this.navigateur.attendsLeTexte("#enregistre", "Enregistré");

		// Named, then finished after a confirmation step that lists what is left unanswered
		this.navigateur.ouvre("/positionnements/" + id);
		this.navigateur.saisit("Nom du positionnement (facultatif)", "Avant l'entretien 2026");
		this.navigateur.changeDePagePar(this.navigateur.bouton("Enregistrer le nom"));
		assertThat(this.navigateur.texte(".surtitre")).startsWith("Avant l'entretien 2026");
		this.navigateur.changeDePagePar(this.pilote.findElement(By.linkText("Terminer…")));
		assertThat(this.navigateur.titre()).isEqualTo("Terminer mon positionnement ?");
		assertThat(this.navigateur.texte(".sans-reponse")).contains("Veille : 1 compétence sans réponse",
				"Accompagnement organisationnel");
		assertThat(positionnements.de(compte.id(), id).estTermine()).as("rien n'est terminé avant la confirmation").isFalse();
		this.navigateur.verifieLAccessibilite();
		this.navigateur.clique(this.navigateur.bouton("Terminer et voir mes résultats"));
		this.navigateur.attendsLAdresse("/positionnements/" + id + "/resultats");
		assertThat(this.navigateur.titre()).isEqualTo("Mes résultats");
		assertThat(this.navigateur.texte(".surtitre")).contains("Avant l'entretien 2026");
		assertThat(this.pilote.findElements(By.cssSelector(".radar svg polygon.profil"))).hasSize(1);
		assertThat(this.navigateur.texte("#titre-profil + figure + .defilement table")).contains("Veille", "3 sur 4", "2,7");
		assertThat(this.navigateur.texte("main")).contains("Une note mensuelle aux élus", "Curiosité : Une force");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.captureLaPage(Path.of("target", "captures", "resultats-positionnement.png"));
		surUnTelephone("/positionnements/" + id + "/resultats", "resultats-positionnement-375.png");

		// The report for the annual review, without the portfolio nor the values: the PDF the browser saves
		this.navigateur.clique(this.pilote.findElement(By.xpath("//label[normalize-space()='Mon portfolio']")));
		this.navigateur.clique(this.pilote.findElement(By.xpath("//label[normalize-space()='Mes valeurs et remarques']")));
		assertThat(this.pilote.findElements(By.cssSelector("input[name='inclure']:checked")))
			.extracting(caseACocher -> caseACocher.getDomAttribute("value"))
			.containsExactly("profil", "forces", "ecarts", "renforcer");
		this.navigateur.captureLaPage(Path.of("target", "captures", "rapport-rubriques-choisies.png"));
		this.navigateur.clique(this.navigateur.bouton("Télécharger le rapport (PDF)"));
		var rapport = this.navigateur
			.telechargement("positionnement-" + positionnements.de(compte.id(), id).commenceLe() + ".pdf");
		assertThat(rapport).content(StandardCharsets.ISO_8859_1).startsWith("%PDF-");
		copie(rapport, Path.of("target", "captures", "rapport-positionnement.pdf"));
		assertThat(texteDuPdf(rapport)).contains("Mon positionnement sur le référentiel AVA", "Lou Bernard",
				"Mon profil par mission et fonction", "Mes points forts",
				"S'auto-former en se renseignant spécifiquement sur des thématiques nouvelles — Veille : Je peux transmettre",
				"Rechercher des informations — Veille : Je pratique en autonomie", "Ce qui reste à acquérir",
				"À renforcer en priorité")
			.doesNotContain("Mon portfolio", "Une note mensuelle aux élus", "Mes valeurs et éléments de posture",
					"Curiosité", "Une force");

		// Share through a link: read-only for whoever opens it, until it is revoked
		this.navigateur.ouvre("/positionnements/" + id);
		this.navigateur.clique(this.navigateur.bouton("Créer un lien"));
		var lien = URI.create(this.navigateur.attente()
			.until(page -> this.pilote.findElement(By.id("lien-cree")).getDomProperty("value")));
		this.navigateur.verifieLAccessibilite();
		this.navigateur.ouvre(lien.getRawPath());
		assertThat(this.navigateur.texte("main")).contains("Veille").doesNotContain("Lou Bernard");
		assertThat(this.pilote.findElements(By.cssSelector("main form"))).isEmpty();
		this.navigateur.verifieLAccessibilite();
		this.navigateur.ouvre("/positionnements/" + id);
		this.navigateur
			.changeDePagePar(this.pilote.findElement(By.xpath("//button[starts-with(@aria-label, 'Révoquer le lien')]")));
		this.navigateur.ouvre(lien.getRawPath());
		assertThat(this.navigateur.titre()).isEqualTo("Page introuvable");

		// Completed: kept as it was
		this.navigateur.ouvre("/positionnements/" + id + "/perimetres/FT01");
		assertThat(this.pilote.findElement(By.id("n_FT01-C03_1")).isEnabled()).isFalse();

		// A second one, a year later, compared with the first
		var second = positionnements.commencer(compte.id(), Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(compte.id(), second, Code.of("FT01-C03"), 3);
		this.navigateur.ouvre("/positionnements");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.clique(this.navigateur.bouton("Comparer"));
		this.navigateur.attente().until(ExpectedConditions.urlContains("/positionnements/comparaison"));
		assertThat(this.navigateur.titre()).isEqualTo("Comparer deux positionnements");
		assertThat(this.navigateur.texte("#titre-hausse + ul")).contains("Mettre en place un dispositif", "en hausse de 2 niveaux");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.captureLaPage(Path.of("target", "captures", "comparaison-positionnements.png"));
		surUnTelephone(this.pilote.getCurrentUrl().substring(this.navigateur.adresse("").length()),
				"comparaison-positionnements-375.png");

		// The second one deleted, after a confirmation step; the first stays
		this.navigateur.ouvre("/positionnements");
		var intitule = positionnements.de(compte.id(), second).intitule();
		this.navigateur.changeDePagePar(this.pilote.findElement(By.xpath("//a[@aria-label='Supprimer : " + intitule + "']")));
		assertThat(this.navigateur.titre()).isEqualTo("Supprimer ce positionnement ?");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.changeDePagePar(this.navigateur.bouton("Supprimer définitivement"));
		assertThat(this.navigateur.texte(".succes")).contains(intitule, "supprimé");
		assertThat(positionnements.tousDe(compte.id())).extracting(Positionnement::id).containsExactly(id);
		this.navigateur.verifieLAccessibilite();
	}

	/** The page again on a phone's screen: checked (nothing scrolls sideways) and captured. */
	private void surUnTelephone(String chemin, String capture) {
		try {
			this.navigateur.emuleUnTelephone(Navigateur.TELEPHONE);
			this.navigateur.ouvre(chemin);
			this.navigateur.verifieLAccessibilite();
			this.navigateur.captureLaPage(Path.of("target", "captures", capture));
		}
		finally {
			this.navigateur.retrouveLEcranDOrdinateur();
		}
	}

	/** Keeps what the browser received next to the screenshots, to look at. */
	private static void copie(Path fichier, Path copie) {
		try {
			Files.createDirectories(copie.getParent());
			Files.copy(fichier, copie, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of a PDF, with single spaces: lines are wrapped at spaces and after hyphens. */
	private static String texteDuPdf(Path fichier) {
		try (var pdf = Loader.loadPDF(fichier.toFile())) {
			var extraction = new PDFTextStripper();
			extraction.setSortByPosition(true);
			return extraction.getText(pdf).replaceAll("\\s+", " ").replace("- ", "-").strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void choisit(String id) {
		this.navigateur.clique(this.pilote.findElement(By.cssSelector("label[for='" + id + "']")));
	}

}
