package fr.ava;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * A reader's journey through the framework in headless Chromium. Every page visited is checked
 * with axe-core against WCAG 2.1 A and AA.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("fr.ava.Prerequis#chromium")
class ParcoursNavigateurTests {

	private static final Path CAPTURE_MOBILE = Path.of("target", "captures", "accueil-mobile.png");

	@RegisterExtension
	static final ChromiumDesParcours chromium = new ChromiumDesParcours();

	@Test
	void parcourtLeReferentielSansViolationDAccessibilite() {
		// 1. Home page: the missions and functions table
		chromium.navigateur().ouvre("/");
		assertThat(chromium.navigateur().titre()).isEqualTo("L'accompagnateur·trice de la vie associative locale");
		assertThat(textes(".tableau-fonctions a")).contains("Veille", "Plaidoyer");
		chromium.navigateur().verifieLAccessibilite();

		// 2. A mission
		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Accompagnement organisationnel")));
		chromium.navigateur().attendsLAdresse("/referentiel/1.0/missions/accompagnement-organisationnel");
		assertThat(chromium.navigateur().titre()).isEqualTo("Accompagnement organisationnel");
		assertThat(chromium.pilote().findElement(By.xpath("//main//li/span[normalize-space()='Aller vers']")).isDisplayed())
			.isTrue();
		chromium.navigateur().verifieLAccessibilite();

		// 3. Back home, then a transversal function
		chromium.pilote().navigate().back();
		chromium.navigateur().attendsLAdresse("/");
		chromium.navigateur().clique(chromium.pilote().findElement(By.cssSelector(".tableau-fonctions")).findElement(By.linkText("Veille")));
		chromium.navigateur().attendsLAdresse("/referentiel/1.0/fonctions/veille");
		assertThat(chromium.navigateur().titre()).isEqualTo("Veille");
		assertThat(textes("main li > span")).contains("Rechercher des informations");
		chromium.navigateur().verifieLAccessibilite();

		// 4. Search from the header, then refine in the search page without submitting
		var libelle = chromium.pilote()
			.findElement(By.xpath("//header//label[normalize-space()='Rechercher dans le référentiel']"));
		var recherche = chromium.pilote().findElement(By.id(libelle.getDomAttribute("for")));
		recherche.sendKeys("benevole", Keys.ENTER);
		chromium.navigateur().attente().until(ExpectedConditions.urlContains("/recherche?q=benevole"));
		assertThat(chromium.navigateur().titre()).isEqualTo("Rechercher dans le référentiel");
		assertThat(textes("#resultats mark"))
			.anySatisfy(marque -> assertThat(marque).isEqualToIgnoringCase("bénévoles"));
		chromium.navigateur().verifieLAccessibilite();

		chromium.pilote().executeScript("window.pageDuParcours = true");
		var resultatsAvant = chromium.pilote().findElement(By.id("resultats"));
		var champ = chromium.pilote().findElement(By.cssSelector("main input[type=search]"));
		champ.clear();
		champ.sendKeys("subventions");
		chromium.navigateur().attente().until(ExpectedConditions.stalenessOf(resultatsAvant));
		// A pause while typing may first search "subvention": only the whole word's answer counts
		chromium.navigateur().attendsLeTexte("#bilan", "« subventions »");
		assertThat(textes("#resultats mark")).anySatisfy(marque -> assertThat(marque.toLowerCase()).startsWith("subvention"));
		assertThat(chromium.pilote().executeScript("return window.pageDuParcours === true"))
			.as("les résultats se mettent à jour sans recharger la page")
			.isEqualTo(true);
		chromium.navigateur().verifieLAccessibilite();

		// 5. A result, then an item reached by its permalink
		var premierResultat = chromium.pilote().findElement(By.cssSelector("#resultats .resultats-liste a"));
		var adresseDuResultat = premierResultat.getDomAttribute("href");
		chromium.navigateur().clique(premierResultat);
		chromium.navigateur().attendsLAdresse(adresseDuResultat);
		assertThat(chromium.navigateur().titre()).isNotBlank();
		chromium.navigateur().verifieLAccessibilite();

		chromium.navigateur().ouvre("/referentiel/1.0/elements/FT01-C02");
		assertThat(chromium.navigateur().titre()).isEqualTo("Rechercher des informations");
		chromium.navigateur().verifieLAccessibilite();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/referentiel/1.0/competences            | Toutes les compétences et savoir-faire
			/referentiel/1.0/activites?perimetre=FT02 | Tous les exemples d'activités
			/referentiel/1.0/valeurs                | Valeurs et éléments de posture
			/referentiel/1.0/contexte               | Contexte et méthode de construction
			/referentiel/1.0/telecharger            | Télécharger le référentiel
			/referentiel/1.0/elements/INCONNU       | Page introuvable
			""")
	void afficheLesAutresPagesSansViolationDAccessibilite(String adresse, String titreAttendu) {
		chromium.navigateur().ouvre(adresse);
		assertThat(chromium.navigateur().titre()).isEqualTo(titreAttendu);
		chromium.navigateur().verifieLAccessibilite();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/                                         | L'accompagnateur·trice de la vie associative locale | accueil
			/referentiel/1.0/missions/accompagnement-organisationnel | Accompagnement organisationnel | mission
			/referentiel/1.0/fonctions/veille         | Veille                                  | fonction
			/referentiel/1.0/competences              | Toutes les compétences et savoir-faire  | competences
			/referentiel/1.0/activites                | Tous les exemples d'activités           | activites
			/referentiel/1.0/valeurs                  | Valeurs et éléments de posture          | valeurs
			/referentiel/1.0/contexte                 | Contexte et méthode de construction     | contexte
			/referentiel/1.0/telecharger              | Télécharger le référentiel              | telecharger
			/recherche?q=benevole                     | Rechercher dans le référentiel          | recherche
			""")
	void afficheLesPagesDuReferentielSurUnTelephoneSansDefilerDeCote(String adresse, String titreAttendu, String nom) {
		chromium.navigateur().ouvre(adresse);
		chromium.navigateur().captureLaPage(Path.of("target", "captures", "referentiel", nom + "-1280.png"));
		try {
			chromium.navigateur().emuleUnTelephone(Navigateur.TELEPHONE);
			chromium.navigateur().ouvre(adresse);
			assertThat(chromium.pilote().executeScript("return window.innerWidth")).isEqualTo(375L);
			assertThat(chromium.navigateur().titre()).isEqualTo(titreAttendu);
			chromium.navigateur().verifieLAccessibilite();
			chromium.navigateur().captureLaPage(Path.of("target", "captures", "referentiel", nom + "-375.png"));
		}
		finally {
			chromium.navigateur().retrouveLEcranDOrdinateur();
		}
	}

	@Test
	void offreChaqueOutilDansLeMenuEtMarqueLaPageCourante() {
		chromium.navigateur().ouvre("/referentiel/1.0/competences");
		var menu = chromium.pilote().findElement(By.cssSelector("nav[aria-label='Navigation principale']"));
		assertThat(menu.findElements(By.tagName("a"))).extracting(WebElement::getText)
			.containsExactly("Missions et fonctions", "Compétences", "Activités", "Valeurs et posture",
					"Contexte et méthode", "Me positionner", "Rédiger une fiche de poste", "Analyser une fiche de poste",
					"Télécharger", "API");
		assertThat(menu.findElements(By.cssSelector("a[aria-current='page']"))).extracting(WebElement::getText)
			.containsExactly("Compétences");
		assertThat(menu.findElement(By.tagName("button")).isDisplayed()).as("pas de bouton Menu sur un écran large").isFalse();

		chromium.navigateur().changeDePagePar(menu.findElement(By.linkText("Analyser une fiche de poste")));
		assertThat(chromium.navigateur().titre()).isEqualTo("Analyser une fiche de poste");
	}

	@Test
	void replieLeMenuDerriereUnBoutonSurUnTelephoneEtLOuvreAuClavier() {
		try {
			chromium.navigateur().emuleUnTelephone(Navigateur.TELEPHONE);
			chromium.navigateur().ouvre("/referentiel/1.0/activites");
			var bouton = chromium.pilote().findElement(By.cssSelector(".bouton-menu"));
			var competences = chromium.pilote().findElement(By.cssSelector("#menu-principal a[href='/referentiel/1.0/competences']"));
			assertThat(bouton.getDomAttribute("aria-expanded")).isEqualTo("false");
			assertThat(competences.isDisplayed()).isFalse();

			var tabulations = 0;
			while (!bouton.equals(chromium.pilote().switchTo().activeElement()) && tabulations++ < 20) {
				new Actions(chromium.pilote()).sendKeys(Keys.TAB).perform();
			}
			new Actions(chromium.pilote()).sendKeys(Keys.ENTER).perform();
			assertThat(bouton.getDomAttribute("aria-expanded")).isEqualTo("true");
			assertThat(competences.isDisplayed()).isTrue();
			chromium.navigateur().verifieLaLargeur();
			chromium.navigateur().verifieLAccessibilite();
			chromium.navigateur().captureLaPage(Path.of("target", "captures", "menu-ouvert-375.png"));

			new Actions(chromium.pilote()).sendKeys(Keys.TAB).sendKeys(Keys.ESCAPE).perform();
			assertThat(bouton.getDomAttribute("aria-expanded")).isEqualTo("false");
			assertThat(chromium.pilote().switchTo().activeElement()).isEqualTo(bouton);
			assertThat(competences.isDisplayed()).isFalse();
		}
		finally {
			chromium.navigateur().retrouveLEcranDOrdinateur();
		}
	}

	@Test
	void donneLeFocusAuLienDEvitementALaPremiereTabulation() {
		chromium.navigateur().ouvre("/");
		new Actions(chromium.pilote()).sendKeys(Keys.TAB).perform();
		var focus = chromium.pilote().switchTo().activeElement();
		assertThat(focus.getText()).isEqualTo("Aller au contenu");
		assertThat(focus.getLocation().getX()).as("le lien d'évitement apparaît à l'écran").isNotNegative();

		new Actions(chromium.pilote()).sendKeys(Keys.ENTER).perform();
		assertThat(chromium.pilote().switchTo().activeElement().getDomAttribute("id")).isEqualTo("contenu");
	}

	@Test
	void empileLeTableauDesFonctionsSurUnTelephone() {
		try {
			chromium.navigateur().emuleUnTelephone(Navigateur.TELEPHONE);
			chromium.navigateur().ouvre("/");
			assertThat(chromium.pilote().executeScript("return window.innerWidth")).isEqualTo(375L);
			assertThat(chromium.pilote().findElement(By.cssSelector(".tableau-fonctions td")).getCssValue("display"))
				.isEqualTo("block");
			assertThat(chromium.pilote().executeScript(
					"return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("pas de défilement horizontal")
				.isEqualTo(true);
			chromium.navigateur().verifieLAccessibilite();
			chromium.navigateur().captureLaPage(CAPTURE_MOBILE);
			assertThat(CAPTURE_MOBILE).isNotEmptyFile();
		}
		finally {
			chromium.navigateur().retrouveLEcranDOrdinateur();
		}
	}

	private List<String> textes(String selecteur) {
		return chromium.pilote().findElements(By.cssSelector(selecteur)).stream().map(WebElement::getText).toList();
	}

}
