package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.ava.BoiteMailDeTest;
import fr.ava.Navigateur;

/**
 * A person's account journeys in headless Chromium, with the mail really received: sign up, confirm
 * by the link, log in, "Mes données", deletion; a forgotten password; the administrators' page. Every
 * page is checked with axe-core against WCAG 2.1 A and AA.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("fr.ava.Prerequis#chromium")
class ParcoursDuCompteTests {

	private static final String MOT_DE_PASSE = "Accompagner-2026!";

	@LocalServerPort
	private int port;

	@Autowired
	private Comptes comptes;

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

	@BeforeEach
	void sansSession() {
		this.pilote.manage().deleteAllCookies();
	}

	@Test
	void sInscritConfirmeParLeCourrielSeConnecteTelechargeSesDonneesPuisSupprimeSonCompte() {
		var email = "camille." + UUID.randomUUID() + "@exemple.fr";
		// Structures are shared by RNA number: a number of its own, so that no other test named it first
		var rna = "W75" + String.format("%07d", Math.floorMod(email.hashCode(), 10_000_000));

		ouvre("/inscription");
		assertThat(titre()).isEqualTo("Créer un compte");
		this.navigateur.verifieLAccessibilite();
		saisit("Adresse électronique", "pas-une-adresse");
		saisit("Nom affiché", "<script>alert(1)</script>");
		saisit("Mot de passe", "motdepasse");
		valide("Créer mon compte");
		assertThat(texte(".bilan-erreurs")).contains("Saisissez une adresse électronique valide");
		assertThat(champ("Nom affiché").getDomProperty("value")).isEqualTo("<script>alert(1)</script>");
		assertThat(champ("Adresse électronique").getDomAttribute("aria-invalid")).isEqualTo("true");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.captureLaPage(Path.of("target", "captures", "inscription-erreurs.png"));
		saisit("Adresse électronique", email);
		saisit("Nom affiché", "Camille Martin");
		saisit("Mot de passe", MOT_DE_PASSE);
		saisit("Confirmation du mot de passe", MOT_DE_PASSE);
		valide("Créer mon compte");
		attendsLAdresse("/inscription/envoyee");
		assertThat(titre()).isEqualTo("Vérifiez votre messagerie");
		this.navigateur.verifieLAccessibilite();

		// Not confirmed yet: the right password is not enough
		seConnecte(email, MOT_DE_PASSE);
		assertThat(texte(".bilan-erreurs")).contains("pas encore confirmée");
		this.navigateur.verifieLAccessibilite();

		suisLeLienDuCourriel(email);
		assertThat(titre()).isEqualTo("Confirmer votre adresse");
		this.navigateur.verifieLAccessibilite();
		valide("Confirmer mon adresse");
		attendsLAdresse("/connexion?confirme");
		assertThat(texte(".succes")).contains("Votre adresse est confirmée");

		seConnecte(email, MOT_DE_PASSE);
		attendsLAdresse("/mon-compte");
		assertThat(titre()).isEqualTo("Camille Martin");
		assertThat(texte(".compte-entete")).contains("Mon compte (Camille Martin)");
		this.navigateur.verifieLAccessibilite();

		new Select(champ("Type de structure")).selectByVisibleText("Association");
		saisit("Nom de la structure", "Maison des initiatives");
		saisit("Numéro RNA (facultatif)", rna);
		valide("Ajouter la structure");
		attendsLAdresse("/mon-compte");
		assertThat(texte(".succes")).contains("Maison des initiatives");
		assertThat(texte("#titre-structures + table")).contains("Maison des initiatives", "RNA " + rna, "Membre");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.captureLaPage(Path.of("target", "captures", "mon-compte.png"));

		clique(this.pilote.findElement(By.linkText("Télécharger mes données ou supprimer mon compte")));
		attendsLAdresse("/mes-donnees");
		assertThat(titre()).isEqualTo("Mes données");
		this.navigateur.verifieLAccessibilite();
		var donnees = (String) this.pilote.executeAsyncScript(
				"const fin = arguments[arguments.length - 1];"
						+ "fetch('/mes-donnees/export.json').then(r => r.text()).then(fin, e => fin(String(e)));");
		assertThat(donnees).contains("\"email\":\"" + email + "\"", "\"nomAffiche\":\"Camille Martin\"",
				"\"nom\":\"Maison des initiatives\"", "\"rna\":\"" + rna + "\"");
		assertThat(donnees).doesNotContain(MOT_DE_PASSE, "$2a$");

		saisit("Votre mot de passe, pour confirmer", "Pas-Le-Bon-2026!");
		valide("Supprimer définitivement mon compte");
		assertThat(texte(".bilan-erreurs")).contains("Le mot de passe actuel est incorrect");
		assertThat(this.comptes.parEmail(email)).isPresent();
		saisit("Votre mot de passe, pour confirmer", MOT_DE_PASSE);
		valide("Supprimer définitivement mon compte");
		attendsLAdresse("/compte-supprime");
		assertThat(titre()).isEqualTo("Votre compte est supprimé");
		this.navigateur.verifieLAccessibilite();
		assertThat(this.comptes.parEmail(email)).isEmpty();

		ouvre("/mon-compte");
		attendsLAdresse("/connexion");
	}

	@Test
	void choisitUnNouveauMotDePasseParLeLienRecuEtSeConnecteAvec() {
		var email = "dominique." + UUID.randomUUID() + "@exemple.fr";
		this.comptes.creerConfirme(email, "Dominique", Optional.of(MOT_DE_PASSE), Set.of());

		ouvre("/connexion");
		clique(this.pilote.findElement(By.linkText("Mot de passe oublié ?")));
		attendsLAdresse("/mot-de-passe-oublie");
		this.navigateur.verifieLAccessibilite();
		saisit("Adresse électronique", email);
		valide("Recevoir un lien");
		attendsLAdresse("/mot-de-passe-oublie/envoye");
		this.navigateur.verifieLAccessibilite();

		suisLeLienDuCourriel(email);
		assertThat(titre()).isEqualTo("Choisir un nouveau mot de passe");
		this.navigateur.verifieLAccessibilite();
		saisit("Nouveau mot de passe", "court");
		saisit("Confirmation du mot de passe", "court");
		valide("Enregistrer");
		assertThat(texte(".bilan-erreurs")).contains("au moins 12 caractères");
		this.navigateur.verifieLAccessibilite();
		saisit("Nouveau mot de passe", "Nouveau-Depart-2027");
		saisit("Confirmation du mot de passe", "Nouveau-Depart-2027");
		valide("Enregistrer");
		attendsLAdresse("/connexion?reinitialise");

		seConnecte(email, MOT_DE_PASSE);
		assertThat(texte(".bilan-erreurs")).isEqualTo("Adresse électronique ou mot de passe incorrect.");
		seConnecte(email, "Nouveau-Depart-2027");
		attendsLAdresse("/mon-compte");
		assertThat(titre()).isEqualTo("Dominique");
	}

	@Test
	void lAdministrateurAccordeUnRoleDepuisLaPageDesComptes() {
		var admin = "admin." + UUID.randomUUID() + "@exemple.fr";
		this.comptes.creerConfirme(admin, "Alix Admin", Optional.of(MOT_DE_PASSE), Set.of(Role.ADMINISTRATEUR));
		var formatrice = this.comptes.creerConfirme("sacha." + UUID.randomUUID() + "@exemple.fr", "Sacha Formatrice",
				Optional.of(MOT_DE_PASSE), Set.of());

		seConnecte(admin, MOT_DE_PASSE);
		attendsLAdresse("/mon-compte");
		clique(this.pilote.findElement(By.linkText("Administrer les comptes")));
		attendsLAdresse("/admin/comptes");
		assertThat(titre()).isEqualTo("Comptes et rôles");
		this.navigateur.verifieLAccessibilite();

		var ligne = this.pilote.findElement(By.xpath("//tr[td[normalize-space()='Sacha Formatrice']]"));
		clique(ligne.findElement(By.xpath(".//label[normalize-space()='Formateur·trice']")));
		this.navigateur.changeDePagePar(ligne.findElement(By.tagName("button")));
		attendsLAdresse("/admin/comptes");
		assertThat(texte(".succes")).contains("Sacha Formatrice");
		assertThat(this.comptes.compte(formatrice.id()).roles()).containsExactlyInAnyOrder(Role.ACCOMPAGNATEUR,
				Role.FORMATEUR);

		ouvre("/confidentialite");
		assertThat(titre()).isEqualTo("Politique de confidentialité");
		this.navigateur.verifieLAccessibilite();
		ouvre("/deconnexion");
		this.navigateur.verifieLAccessibilite();
		valide("Me déconnecter");
		attendsLAdresse("/connexion?deconnecte");
		ouvre("/admin/comptes");
		attendsLAdresse("/connexion");
	}

	private void seConnecte(String email, String motDePasse) {
		ouvre("/connexion");
		saisit("Adresse électronique", email);
		saisit("Mot de passe", motDePasse);
		valide("Se connecter");
	}

	/** The link points at the public address; the test opens its path on the server under test. */
	private void suisLeLienDuCourriel(String email) {
		var lien = URI.create(BoiteMailDeTest.lienDuDernierMessagePour(email));
		ouvre(lien.getRawPath() + (lien.getRawQuery() == null ? "" : "?" + lien.getRawQuery()));
	}

	private WebElement champ(String libelle) {
		var etiquette = this.pilote.findElement(By.xpath("//main//label[normalize-space()=\"" + libelle + "\"]"));
		return this.pilote.findElement(By.id(etiquette.getDomAttribute("for")));
	}

	private void saisit(String libelle, String valeur) {
		var champ = champ(libelle);
		champ.clear();
		champ.sendKeys(valeur);
	}

	private void valide(String bouton) {
		this.navigateur.changeDePagePar(this.pilote.findElement(By.xpath("//main//button[normalize-space()=\"" + bouton + "\"]")));
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
