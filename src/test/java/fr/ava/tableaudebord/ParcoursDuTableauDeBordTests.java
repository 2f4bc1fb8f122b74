package fr.ava.tableaudebord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.ChromiumDesParcours;
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

	@Autowired
	private Comptes comptes;

	@Autowired
	private Positionnements positionnements;

	@Autowired
	private FichesDePoste fichesDePoste;

	@RegisterExtension
	static final ChromiumDesParcours chromium = new ChromiumDesParcours();

	@Test
	void unVisiteurSePositionneDepuisLeMenuPuisRetrouveSesOutilsSurLeTableauDeBord() {
		var email = "curatrice." + UUID.randomUUID() + "@exemple.fr";
		var compte = this.comptes.creerConfirme(email, "Noa Curatrice", Optional.of(MOT_DE_PASSE), Set.of(Role.CURATEUR));
		var enCours = this.positionnements.commencer(compte.id(), Set.of(Code.of("FT01")), "Avant l'entretien 2026").id();
		this.fichesDePoste.enregistrer(compte.id(), FichesDExemple.realiste());

		// A visitor: "Me positionner" asks for the login, then leads where it was going
		chromium.navigateur().ouvre("/");
		chromium.navigateur().changeDePagePar(menu().findElement(By.linkText("Me positionner")));
		chromium.navigateur().attendsLAdresse("/connexion");
		chromium.navigateur().remplitLaConnexion(email, MOT_DE_PASSE);
		chromium.navigateur().attente().until(page -> chromium.pilote().getCurrentUrl().startsWith(chromium.navigateur().adresse("/positionnements")));
		assertThat(chromium.navigateur().titre()).isEqualTo("Mes positionnements");
		chromium.navigateur().verifieLAccessibilite();

		// The dashboard, from the header
		chromium.navigateur().changeDePagePar(chromium.pilote().findElement(By.cssSelector(".compte-entete")).findElement(By.linkText("Tableau de bord")));
		assertThat(chromium.navigateur().titre()).isEqualTo("Tableau de bord");
		assertThat(chromium.navigateur().texte("main")).contains("En cours : Avant l'entretien 2026", FichesDExemple.INTITULE,
				"Vous n'avez pas encore enregistré d'analyse", "Aucun positionnement n'est partagé avec vous.");
		assertThat(menu().findElements(By.tagName("a"))).extracting(WebElement::getText)
			.contains("Me positionner", "Rédiger une fiche de poste", "Analyser une fiche de poste", "Télécharger",
					"Corpus de fiches de poste")
			.doesNotContain("Administration des comptes");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().captureLaPage(Path.of("target", "captures", "tableau-de-bord-1280.png"));
		try {
			chromium.navigateur().emuleUnTelephone(Navigateur.TELEPHONE);
			chromium.navigateur().ouvre("/tableau-de-bord");
			chromium.navigateur().verifieLAccessibilite();
			chromium.navigateur().captureLaPage(Path.of("target", "captures", "tableau-de-bord-375.png"));
			chromium.navigateur().clique(chromium.pilote().findElement(By.cssSelector(".bouton-menu")));
			assertThat(menu().findElement(By.linkText("Corpus de fiches de poste")).isDisplayed()).isTrue();
			chromium.navigateur().verifieLAccessibilite();
			chromium.navigateur().captureLaPage(Path.of("target", "captures", "tableau-de-bord-menu-ouvert-375.png"));
		}
		finally {
			chromium.navigateur().retrouveLEcranDOrdinateur();
		}

		// One click to resume, one click to the corpus
		chromium.navigateur().ouvre("/tableau-de-bord");
		chromium.navigateur().changeDePagePar(chromium.pilote().findElement(By.linkText("Reprendre mon positionnement")));
		chromium.navigateur().attendsLAdresse("/positionnements/" + enCours);
		chromium.navigateur().changeDePagePar(menu().findElement(By.linkText("Corpus de fiches de poste")));
		assertThat(chromium.navigateur().titre()).isEqualTo("Corpus de fiches de poste");
		assertThat(menu().findElement(By.cssSelector("a[aria-current='page']")).getText()).isEqualTo("Corpus de fiches de poste");
		chromium.navigateur().verifieLAccessibilite();
	}

	private WebElement menu() {
		return chromium.pilote().findElement(By.cssSelector("nav[aria-label='Navigation principale']"));
	}

}
