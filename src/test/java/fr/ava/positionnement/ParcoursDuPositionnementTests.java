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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.ChromiumDesParcours;
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

	@Autowired
	private Comptes comptes;

	@Autowired
	private Positionnements positionnements;

	@RegisterExtension
	static final ChromiumDesParcours chromium = new ChromiumDesParcours();

	@Test
	void commenceEvalueAuFilDeLEauReprendPuisLitSesResultats() {
		var email = "lou." + UUID.randomUUID() + "@exemple.fr";
		var compte = this.comptes.creerConfirme(email, "Lou Bernard", Optional.of(MOT_DE_PASSE), Set.of());
		chromium.navigateur().ouvre("/connexion");
		chromium.navigateur().remplitLaConnexion(email, MOT_DE_PASSE);
		chromium.navigateur().attendsLAdresse("/tableau-de-bord");

		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Me positionner")));
		chromium.navigateur().attendsLAdresse("/positionnements");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Commencer un positionnement")));
		chromium.navigateur().attendsLAdresse("/positionnements/nouveau");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().clique(chromium.pilote().findElement(By.xpath("//label[normalize-space()='Veille']")));
		chromium.navigateur().clique(chromium.navigateur().bouton("Commencer"));
		chromium.navigateur().attente().until(ExpectedConditions.urlMatches("/positionnements/[0-9a-f-]{36}$"));
		var id = UUID.fromString(chromium.pilote().getCurrentUrl().substring(chromium.pilote().getCurrentUrl().lastIndexOf('/') + 1));
		assertThat(chromium.navigateur().titre()).isEqualTo("Mon positionnement");
		chromium.navigateur().verifieLAccessibilite();

		// Autosave: each click is saved at once, the progress follows
		chromium.navigateur().changeDePagePar(chromium.pilote().findElement(By.xpath("//a[@aria-label='Répondre : Veille']")));
		assertThat(chromium.navigateur().titre()).isEqualTo("Veille");
		chromium.navigateur().verifieLAccessibilite();
		choisit("n_FT01-C01_4");
		chromium.navigateur().attendsLeTexte("#progression", "1 compétence évaluée sur 4");
		choisit("n_FT01-C02_3");
		chromium.navigateur().attendsLeTexte("#progression", "2 compétences évaluées sur 4");
		chromium.navigateur().attente()
			.until(page -> Niveau.AUTONOMIE.equals(positionnements.de(compte.id(), id).niveau(Code.of("FT01-C02"))));
		var exemple = chromium.pilote().findElement(By.id("e_FT01-A03"));
		exemple.sendKeys("Une note mensuelle aux élus sur les politiques associatives");
		choisit("f_FT01-A03_SOUVENT");
		chromium.navigateur().attente()
			.until(page -> positionnements.de(compte.id(), id).reponse(Code.of("FT01-A03")).exemple() != null);

		// Leave, come back: the answers are there
		chromium.navigateur().ouvre("/");
		chromium.navigateur().ouvre("/positionnements/" + id + "/perimetres/FT01");
		assertThat(chromium.pilote().findElement(By.id("n_FT01-C01_4")).isSelected()).isTrue();
		assertThat(chromium.pilote().findElement(By.id("e_FT01-A03")).getDomProperty("value"))
			.isEqualTo("Une note mensuelle aux élus sur les politiques associatives");

		// The plain form, as without JavaScript, saves the page and goes on
		choisit("n_FT01-C03_1");
		chromium.navigateur().clique(chromium.navigateur().bouton("Enregistrer et passer aux valeurs"));
		chromium.navigateur().attendsLAdresse("/positionnements/" + id + "/valeurs");
		chromium.navigateur().verifieLAccessibilite();
		choisit("s_V15_FORCE");
		chromium.navigateur().attendsLeTexte("#enregistre", "Enregistré");

		// Named, then finished after a confirmation step that lists what is left unanswered
		chromium.navigateur().ouvre("/positionnements/" + id);
		chromium.navigateur().saisit("Nom du positionnement (facultatif)", "Avant l'entretien 2026");
		chromium.navigateur().changeDePagePar(chromium.navigateur().bouton("Enregistrer le nom"));
		assertThat(chromium.navigateur().texte(".surtitre")).startsWith("Avant l'entretien 2026");
		chromium.navigateur().changeDePagePar(chromium.pilote().findElement(By.linkText("Terminer…")));
		assertThat(chromium.navigateur().titre()).isEqualTo("Terminer mon positionnement ?");
		assertThat(chromium.navigateur().texte(".sans-reponse")).contains("Veille : 1 compétence sans réponse",
				"Accompagnement organisationnel");
		assertThat(positionnements.de(compte.id(), id).estTermine()).as("rien n'est terminé avant la confirmation").isFalse();
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().clique(chromium.navigateur().bouton("Terminer et voir mes résultats"));
		chromium.navigateur().attendsLAdresse("/positionnements/" + id + "/resultats");
		assertThat(chromium.navigateur().titre()).isEqualTo("Mes résultats");
		assertThat(chromium.navigateur().texte(".surtitre")).contains("Avant l'entretien 2026");
		assertThat(chromium.pilote().findElements(By.cssSelector(".radar svg polygon.profil"))).hasSize(1);
		assertThat(chromium.navigateur().texte("#titre-profil + figure + .defilement table")).contains("Veille", "3 sur 4", "2,7");
		assertThat(chromium.navigateur().texte("main")).contains("Une note mensuelle aux élus", "Curiosité : Une force");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().captureLaPage(Path.of("target", "captures", "resultats-positionnement.png"));
		surUnTelephone("/positionnements/" + id + "/resultats", "resultats-positionnement-375.png");

		// The report for the annual review, without the portfolio nor the values: the PDF the browser saves
		chromium.navigateur().clique(chromium.pilote().findElement(By.xpath("//label[normalize-space()='Mon portfolio']")));
		chromium.navigateur().clique(chromium.pilote().findElement(By.xpath("//label[normalize-space()='Mes valeurs et remarques']")));
		assertThat(chromium.pilote().findElements(By.cssSelector("input[name='inclure']:checked")))
			.extracting(caseACocher -> caseACocher.getDomAttribute("value"))
			.containsExactly("profil", "forces", "ecarts", "renforcer");
		chromium.navigateur().captureLaPage(Path.of("target", "captures", "rapport-rubriques-choisies.png"));
		chromium.navigateur().clique(chromium.navigateur().bouton("Télécharger le rapport (PDF)"));
		var rapport = chromium.navigateur()
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
		chromium.navigateur().ouvre("/positionnements/" + id);
		chromium.navigateur().clique(chromium.navigateur().bouton("Créer un lien"));
		var lien = URI.create(chromium.navigateur().attente()
			.until(page -> chromium.pilote().findElement(By.id("lien-cree")).getDomProperty("value")));
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().ouvre(lien.getRawPath());
		assertThat(chromium.navigateur().texte("main")).contains("Veille").doesNotContain("Lou Bernard");
		assertThat(chromium.pilote().findElements(By.cssSelector("main form"))).isEmpty();
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().ouvre("/positionnements/" + id);
		chromium.navigateur()
			.changeDePagePar(chromium.pilote().findElement(By.xpath("//button[starts-with(@aria-label, 'Révoquer le lien')]")));
		chromium.navigateur().ouvre(lien.getRawPath());
		assertThat(chromium.navigateur().titre()).isEqualTo("Page introuvable");

		// Completed: kept as it was
		chromium.navigateur().ouvre("/positionnements/" + id + "/perimetres/FT01");
		assertThat(chromium.pilote().findElement(By.id("n_FT01-C03_1")).isEnabled()).isFalse();

		// A second one, a year later, compared with the first
		var second = positionnements.commencer(compte.id(), Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(compte.id(), second, Code.of("FT01-C03"), 3);
		chromium.navigateur().ouvre("/positionnements");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().clique(chromium.navigateur().bouton("Comparer"));
		chromium.navigateur().attente().until(ExpectedConditions.urlContains("/positionnements/comparaison"));
		assertThat(chromium.navigateur().titre()).isEqualTo("Comparer deux positionnements");
		assertThat(chromium.navigateur().texte("#titre-hausse + ul")).contains("Mettre en place un dispositif", "en hausse de 2 niveaux");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().captureLaPage(Path.of("target", "captures", "comparaison-positionnements.png"));
		surUnTelephone(chromium.pilote().getCurrentUrl().substring(chromium.navigateur().adresse("").length()),
				"comparaison-positionnements-375.png");

		// The second one deleted, after a confirmation step; the first stays
		chromium.navigateur().ouvre("/positionnements");
		var intitule = positionnements.de(compte.id(), second).intitule();
		chromium.navigateur().changeDePagePar(chromium.pilote().findElement(By.xpath("//a[@aria-label='Supprimer : " + intitule + "']")));
		assertThat(chromium.navigateur().titre()).isEqualTo("Supprimer ce positionnement ?");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().changeDePagePar(chromium.navigateur().bouton("Supprimer définitivement"));
		assertThat(chromium.navigateur().texte(".succes")).contains(intitule, "supprimé");
		assertThat(positionnements.tousDe(compte.id())).extracting(Positionnement::id).containsExactly(id);
		chromium.navigateur().verifieLAccessibilite();
	}

	/** The page again on a phone's screen: checked (nothing scrolls sideways) and captured. */
	private void surUnTelephone(String chemin, String capture) {
		try {
			chromium.navigateur().emuleUnTelephone(Navigateur.TELEPHONE);
			chromium.navigateur().ouvre(chemin);
			chromium.navigateur().verifieLAccessibilite();
			chromium.navigateur().captureLaPage(Path.of("target", "captures", capture));
		}
		finally {
			chromium.navigateur().retrouveLEcranDOrdinateur();
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
		chromium.navigateur().clique(chromium.pilote().findElement(By.cssSelector("label[for='" + id + "']")));
	}

}
