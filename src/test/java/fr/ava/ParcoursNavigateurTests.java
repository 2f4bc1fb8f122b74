package fr.ava;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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

	@LocalServerPort
	private int port;

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
	void parcourtLeReferentielSansViolationDAccessibilite() {
		// 1. Home page: the missions and functions table
		this.navigateur.ouvre("/");
		assertThat(this.navigateur.titre()).isEqualTo("L'accompagnateur·trice de la vie associative locale");
		assertThat(textes(".tableau-fonctions a")).contains("Veille", "Plaidoyer");
		this.navigateur.verifieLAccessibilite();

		// 2. A mission
		this.navigateur.clique(this.pilote.findElement(By.linkText("Accompagnement organisationnel")));
		this.navigateur.attendsLAdresse("/referentiel/1.0/missions/accompagnement-organisationnel");
		assertThat(this.navigateur.titre()).isEqualTo("Accompagnement organisationnel");
		assertThat(this.pilote.findElement(By.xpath("//main//li/span[normalize-space()='Aller vers']")).isDisplayed())
			.isTrue();
		this.navigateur.verifieLAccessibilite();

		// 3. Back home, then a transversal function
		this.pilote.navigate().back();
		this.navigateur.attendsLAdresse("/");
		this.navigateur.clique(this.pilote.findElement(By.cssSelector(".tableau-fonctions")).findElement(By.linkText("Veille")));
		this.navigateur.attendsLAdresse("/referentiel/1.0/fonctions/veille");
		assertThat(this.navigateur.titre()).isEqualTo("Veille");
		assertThat(textes("main li > span")).contains("Rechercher des informations");
		this.navigateur.verifieLAccessibilite();

		// 4. Search from the header, then refine in the search page without submitting
		var libelle = this.pilote
			.findElement(By.xpath("//header//label[normalize-space()='Rechercher dans le référentiel']"));
		var recherche = this.pilote.findElement(By.id(libelle.getDomAttribute("for")));
		recherche.sendKeys("benevole", Keys.ENTER);
		this.navigateur.attente().until(ExpectedConditions.urlContains("/recherche?q=benevole"));
		assertThat(this.navigateur.titre()).isEqualTo("Rechercher dans le référentiel");
		assertThat(textes("#resultats mark"))
			.anySatisfy(marque -> assertThat(marque).isEqualToIgnoringCase("bénévoles"));
		this.navigateur.verifieLAccessibilite();

		this.pilote.executeScript("window.pageDuParcours = true");
		var resultatsAvant = this.pilote.findElement(By.id("resultats"));
		var champ = this.pilote.findElement(By.cssSelector("main input[type=search]"));
		champ.clear();
		champ.sendKeys("subventions");
		this.navigateur.attente().until(ExpectedConditions.stalenessOf(resultatsAvant));
		// A pause while typing may first search "subvention": only the whole word's answer counts
		this.navigateur.attendsLeTexte("#bilan", "« subventions »");
		assertThat(textes("#resultats mark")).anySatisfy(marque -> assertThat(marque.toLowerCase()).startsWith("subvention"));
		assertThat(this.pilote.executeScript("return window.pageDuParcours === true"))
			.as("les résultats se mettent à jour sans recharger la page")
			.isEqualTo(true);
		this.navigateur.verifieLAccessibilite();

		// 5. A result, then an item reached by its permalink
		var premierResultat = this.pilote.findElement(By.cssSelector("#resultats .resultats-liste a"));
		var adresseDuResultat = premierResultat.getDomAttribute("href");
		this.navigateur.clique(premierResultat);
		this.navigateur.attendsLAdresse(adresseDuResultat);
		assertThat(this.navigateur.titre()).isNotBlank();
		this.navigateur.verifieLAccessibilite();

		this.navigateur.ouvre("/referentiel/1.0/elements/FT01-C02");
		assertThat(this.navigateur.titre()).isEqualTo("Rechercher des informations");
		this.navigateur.verifieLAccessibilite();
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
		this.navigateur.ouvre(adresse);
		assertThat(this.navigateur.titre()).isEqualTo(titreAttendu);
		this.navigateur.verifieLAccessibilite();
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
		this.navigateur.ouvre(adresse);
		this.navigateur.captureLaPage(Path.of("target", "captures", "referentiel", nom + "-1280.png"));
		try {
			this.navigateur.emuleUnTelephone(Navigateur.TELEPHONE);
			this.navigateur.ouvre(adresse);
			assertThat(this.pilote.executeScript("return window.innerWidth")).isEqualTo(375L);
			assertThat(this.navigateur.titre()).isEqualTo(titreAttendu);
			this.navigateur.verifieLAccessibilite();
			this.navigateur.captureLaPage(Path.of("target", "captures", "referentiel", nom + "-375.png"));
		}
		finally {
			this.navigateur.retrouveLEcranDOrdinateur();
		}
	}

	@Test
	void offreChaqueOutilDansLeMenuEtMarqueLaPageCourante() {
		this.navigateur.ouvre("/referentiel/1.0/competences");
		var menu = this.pilote.findElement(By.cssSelector("nav[aria-label='Navigation principale']"));
		assertThat(menu.findElements(By.tagName("a"))).extracting(WebElement::getText)
			.containsExactly("Missions et fonctions", "Compétences", "Activités", "Valeurs et posture",
					"Contexte et méthode", "Me positionner", "Rédiger une fiche de poste", "Analyser une fiche de poste",
					"Télécharger", "API");
		assertThat(menu.findElements(By.cssSelector("a[aria-current='page']"))).extracting(WebElement::getText)
			.containsExactly("Compétences");
		assertThat(menu.findElement(By.tagName("button")).isDisplayed()).as("pas de bouton Menu sur un écran large").isFalse();

		this.navigateur.changeDePagePar(menu.findElement(By.linkText("Analyser une fiche de poste")));
		assertThat(this.navigateur.titre()).isEqualTo("Analyser une fiche de poste");
	}

	@Test
	void replieLeMenuDerriereUnBoutonSurUnTelephoneEtLOuvreAuClavier() {
		try {
			this.navigateur.emuleUnTelephone(Navigateur.TELEPHONE);
			this.navigateur.ouvre("/referentiel/1.0/activites");
			var bouton = this.pilote.findElement(By.cssSelector(".bouton-menu"));
			var competences = this.pilote.findElement(By.cssSelector("#menu-principal a[href='/referentiel/1.0/competences']"));
			assertThat(bouton.getDomAttribute("aria-expanded")).isEqualTo("false");
			assertThat(competences.isDisplayed()).isFalse();

			var tabulations = 0;
			while (!bouton.equals(this.pilote.switchTo().activeElement()) && tabulations++ < 20) {
				new Actions(this.pilote).sendKeys(Keys.TAB).perform();
			}
			new Actions(this.pilote).sendKeys(Keys.ENTER).perform();
			assertThat(bouton.getDomAttribute("aria-expanded")).isEqualTo("true");
			assertThat(competences.isDisplayed()).isTrue();
			this.navigateur.verifieLaLargeur();
			this.navigateur.verifieLAccessibilite();
			this.navigateur.captureLaPage(Path.of("target", "captures", "menu-ouvert-375.png"));

			new Actions(this.pilote).sendKeys(Keys.TAB).sendKeys(Keys.ESCAPE).perform();
			assertThat(bouton.getDomAttribute("aria-expanded")).isEqualTo("false");
			assertThat(this.pilote.switchTo().activeElement()).isEqualTo(bouton);
			assertThat(competences.isDisplayed()).isFalse();
		}
		finally {
			this.navigateur.retrouveLEcranDOrdinateur();
		}
	}

	@Test
	void donneLeFocusAuLienDEvitementALaPremiereTabulation() {
		this.navigateur.ouvre("/");
		new Actions(this.pilote).sendKeys(Keys.TAB).perform();
		var focus = this.pilote.switchTo().activeElement();
		assertThat(focus.getText()).isEqualTo("Aller au contenu");
		assertThat(focus.getLocation().getX()).as("le lien d'évitement apparaît à l'écran").isNotNegative();

		new Actions(this.pilote).sendKeys(Keys.ENTER).perform();
		assertThat(this.pilote.switchTo().activeElement().getDomAttribute("id")).isEqualTo("contenu");
	}

	@Test
	void empileLeTableauDesFonctionsSurUnTelephone() {
		try {
			this.navigateur.emuleUnTelephone(Navigateur.TELEPHONE);
			this.navigateur.ouvre("/");
			assertThat(this.pilote.executeScript("return window.innerWidth")).isEqualTo(375L);
			assertThat(this.pilote.findElement(By.cssSelector(".tableau-fonctions td")).getCssValue("display"))
				.isEqualTo("block");
			assertThat(this.pilote.executeScript(
					"return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.as("pas de défilement horizontal")
				.isEqualTo(true);
			this.navigateur.verifieLAccessibilite();
			this.navigateur.captureLaPage(CAPTURE_MOBILE);
			assertThat(CAPTURE_MOBILE).isNotEmptyFile();
		}
		finally {
			this.navigateur.retrouveLEcranDOrdinateur();
		}
	}

	private List<String> textes(String selecteur) {
		return this.pilote.findElements(By.cssSelector(selecteur)).stream().map(WebElement::getText).toList();
	}

}
