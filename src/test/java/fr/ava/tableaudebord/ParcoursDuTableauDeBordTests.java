package fr.ava.tableaudebord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.ava.Navigateur;
import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.fichedeposte.FichesDExemple;
import fr.ava.fichedeposte.FichesDePoste;
import fr.ava.positionnement.Positionnements;
import fr.ava.referentiel.Code;

/**
 * A curator's way in, in headless Chromium: the menu takes a visitor to the self-assessment through
 * the login, the dashboard after a plain login, every tool one click away, on a computer and a phone.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("fr.ava.Prerequis#chromium")
class ParcoursDuTableauDeBordTests {

	private static final String MOT_DE_PASSE = "Tableau-De-Bord-2026";

	@LocalServerPort
	private int port;

	@Autowired
	private Comptes comptes;

	@Autowired
	private Positionnements positionnements;

	@Autowired
	private FichesDePoste fichesDePoste;

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
	void unVisiteurSePositionneDepuisLeMenuPuisRetrouveSesOutilsSurLeTableauDeBord() {
		var email = "curatrice." + UUID.randomUUID() + "@exemple.fr";
		var compte = this.comptes.creerConfirme(email, "Noa Curatrice", Optional.of(MOT_DE_PASSE), Set.of(Role.CURATEUR));
		var enCours = this.positionnements.commencer(compte.id(), Set.of(Code.of("FT01")), "Avant l'entretien 2026").id();
		this.fichesDePoste.enregistrer(compte.id(), FichesDExemple.realiste());

		// A visitor: "Me positionner" asks for the login, then leads where it was going
		this.navigateur.ouvre("/");
		this.navigateur.changeDePagePar(menu().findElement(By.linkText("Me positionner")));
		this.navigateur.attendsLAdresse("/connexion");
		this.navigateur.remplitLaConnexion(email, MOT_DE_PASSE);
		this.navigateur.attente().until(page -> this.pilote.getCurrentUrl().startsWith(this.navigateur.adresse("/positionnements")));
		assertThat(this.navigateur.titre()).isEqualTo("Mes positionnements");
		this.navigateur.verifieLAccessibilite();

		// The dashboard, from the header
		this.navigateur.changeDePagePar(this.pilote.findElement(By.cssSelector(".compte-entete")).findElement(By.linkText("Tableau de bord")));
		assertThat(this.navigateur.titre()).isEqualTo("Tableau de bord");
		assertThat(this.navigateur.texte("main")).contains("En cours : Avant l'entretien 2026", FichesDExemple.INTITULE,
				"Vous n'avez pas encore enregistré d'analyse", "Aucun positionnement n'est partagé avec vous.");
		assertThat(menu().findElements(By.tagName("a"))).extracting(WebElement::getText)
			.contains("Me positionner", "Rédiger une fiche de poste", "Analyser une fiche de poste", "Télécharger",
					"Corpus de fiches de poste")
			.doesNotContain("Administration des comptes");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.captureLaPage(Path.of("target", "captures", "tableau-de-bord-1280.png"));
		try {
			this.navigateur.emuleUnTelephone(Navigateur.TELEPHONE);
			this.navigateur.ouvre("/tableau-de-bord");
			this.navigateur.verifieLAccessibilite();
			this.navigateur.captureLaPage(Path.of("target", "captures", "tableau-de-bord-375.png"));
			this.navigateur.clique(this.pilote.findElement(By.cssSelector(".bouton-menu")));
			assertThat(menu().findElement(By.linkText("Corpus de fiches de poste")).isDisplayed()).isTrue();
			this.navigateur.verifieLAccessibilite();
			this.navigateur.captureLaPage(Path.of("target", "captures", "tableau-de-bord-menu-ouvert-375.png"));
		}
		finally {
			this.navigateur.retrouveLEcranDOrdinateur();
		}

		// One click to resume, one click to the corpus
		this.navigateur.ouvre("/tableau-de-bord");
		this.navigateur.changeDePagePar(this.pilote.findElement(By.linkText("Reprendre mon positionnement")));
		this.navigateur.attendsLAdresse("/positionnements/" + enCours);
		this.navigateur.changeDePagePar(menu().findElement(By.linkText("Corpus de fiches de poste")));
		assertThat(this.navigateur.titre()).isEqualTo("Corpus de fiches de poste");
		assertThat(menu().findElement(By.cssSelector("a[aria-current='page']")).getText()).isEqualTo("Corpus de fiches de poste");
		this.navigateur.verifieLAccessibilite();
	}

	private WebElement menu() {
		return this.pilote.findElement(By.cssSelector("nav[aria-label='Navigation principale']"));
	}

}
