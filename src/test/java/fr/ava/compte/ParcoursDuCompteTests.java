package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
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
import org.openqa.selenium.chrome.ChromeDriver;
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
		this.navigateur = new Navigateur(this.port);
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

		this.navigateur.ouvre("/inscription");
		assertThat(this.navigateur.titre()).isEqualTo("Créer un compte");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.saisit("Adresse électronique", "pas-une-adresse");
		this.navigateur.saisit("Nom affiché", "<script>alert(1)</script>");
		this.navigateur.saisit("Mot de passe", "motdepasse");
		valide("Créer mon compte");
		assertThat(this.navigateur.texte(".bilan-erreurs")).contains("Saisissez une adresse électronique valide");
		assertThat(this.navigateur.champ("Nom affiché").getDomProperty("value")).isEqualTo("<script>alert(1)</script>");
		assertThat(this.navigateur.champ("Adresse électronique").getDomAttribute("aria-invalid")).isEqualTo("true");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.captureLaPage(Path.of("target", "captures", "inscription-erreurs.png"));
		this.navigateur.saisit("Adresse électronique", email);
		this.navigateur.saisit("Nom affiché", "Camille Martin");
		this.navigateur.saisit("Mot de passe", MOT_DE_PASSE);
		this.navigateur.saisit("Confirmation du mot de passe", MOT_DE_PASSE);
		valide("Créer mon compte");
		this.navigateur.attendsLAdresse("/inscription/envoyee");
		assertThat(this.navigateur.titre()).isEqualTo("Vérifiez votre messagerie");
		this.navigateur.verifieLAccessibilite();

		// Not confirmed yet: the right password is not enough
		seConnecte(email, MOT_DE_PASSE);
		assertThat(this.navigateur.texte(".bilan-erreurs")).contains("pas encore confirmée");
		this.navigateur.verifieLAccessibilite();

		suisLeLienDuCourriel(email);
		assertThat(this.navigateur.titre()).isEqualTo("Confirmer votre adresse");
		this.navigateur.verifieLAccessibilite();
		valide("Confirmer mon adresse");
		this.navigateur.attendsLAdresse("/connexion?confirme");
		assertThat(this.navigateur.texte(".succes")).contains("Votre adresse est confirmée");

		seConnecte(email, MOT_DE_PASSE);
		this.navigateur.attendsLAdresse("/tableau-de-bord");
		this.navigateur.changeDePagePar(this.pilote.findElement(By.partialLinkText("Mon compte")));
		assertThat(this.navigateur.titre()).isEqualTo("Camille Martin");
		assertThat(this.navigateur.texte(".compte-entete")).contains("Mon compte (Camille Martin)");
		this.navigateur.verifieLAccessibilite();

		new Select(this.navigateur.champ("Type de structure")).selectByVisibleText("Association");
		this.navigateur.saisit("Nom de la structure", "Maison des initiatives");
		this.navigateur.saisit("Numéro RNA (facultatif)", rna);
		valide("Ajouter la structure");
		this.navigateur.attendsLAdresse("/mon-compte");
		assertThat(this.navigateur.texte(".succes")).contains("Maison des initiatives");
		assertThat(this.navigateur.texte("#titre-structures + table")).contains("Maison des initiatives", "RNA " + rna, "Membre");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.captureLaPage(Path.of("target", "captures", "mon-compte.png"));

		this.navigateur.clique(this.pilote.findElement(By.linkText("Télécharger mes données ou supprimer mon compte")));
		this.navigateur.attendsLAdresse("/mes-donnees");
		assertThat(this.navigateur.titre()).isEqualTo("Mes données");
		this.navigateur.verifieLAccessibilite();
		var donnees = (String) this.pilote.executeAsyncScript(
				"const fin = arguments[arguments.length - 1];"
						+ "fetch('/mes-donnees/export.json').then(r => r.text()).then(fin, e => fin(String(e)));");
		assertThat(donnees).contains("\"email\":\"" + email + "\"", "\"nomAffiche\":\"Camille Martin\"",
				"\"nom\":\"Maison des initiatives\"", "\"rna\":\"" + rna + "\"", "\"adressesDeConnexion\":[{\"adresse\":\"");
		assertThat(donnees).doesNotContain(MOT_DE_PASSE, "$2a$");

		this.navigateur.saisit("Votre mot de passe, pour confirmer", "Pas-Le-Bon-2026!");
		valide("Supprimer définitivement mon compte");
		assertThat(this.navigateur.texte(".bilan-erreurs")).contains("Le mot de passe actuel est incorrect");
		assertThat(this.comptes.parEmail(email)).isPresent();
		this.navigateur.saisit("Votre mot de passe, pour confirmer", MOT_DE_PASSE);
		valide("Supprimer définitivement mon compte");
		this.navigateur.attendsLAdresse("/compte-supprime");
		assertThat(this.navigateur.titre()).isEqualTo("Votre compte est supprimé");
		this.navigateur.verifieLAccessibilite();
		assertThat(this.comptes.parEmail(email)).isEmpty();

		this.navigateur.ouvre("/mon-compte");
		this.navigateur.attendsLAdresse("/connexion");
	}

	@Test
	void choisitUnNouveauMotDePasseParLeLienRecuEtSeConnecteAvec() {
		var email = "dominique." + UUID.randomUUID() + "@exemple.fr";
		this.comptes.creerConfirme(email, "Dominique", Optional.of(MOT_DE_PASSE), Set.of());

		this.navigateur.ouvre("/connexion");
		this.navigateur.clique(this.pilote.findElement(By.linkText("Mot de passe oublié ?")));
		this.navigateur.attendsLAdresse("/mot-de-passe-oublie");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.saisit("Adresse électronique", email);
		valide("Recevoir un lien");
		this.navigateur.attendsLAdresse("/mot-de-passe-oublie/envoye");
		this.navigateur.verifieLAccessibilite();

		suisLeLienDuCourriel(email);
		assertThat(this.navigateur.titre()).isEqualTo("Choisir un nouveau mot de passe");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.saisit("Nouveau mot de passe", "court");
		this.navigateur.saisit("Confirmation du mot de passe", "court");
		valide("Enregistrer");
		assertThat(this.navigateur.texte(".bilan-erreurs")).contains("au moins 12 caractères");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.saisit("Nouveau mot de passe", "Nouveau-Depart-2027");
		this.navigateur.saisit("Confirmation du mot de passe", "Nouveau-Depart-2027");
		valide("Enregistrer");
		this.navigateur.attendsLAdresse("/connexion?reinitialise");

		seConnecte(email, MOT_DE_PASSE);
		assertThat(this.navigateur.texte(".bilan-erreurs")).isEqualTo("Adresse électronique ou mot de passe incorrect.");
		seConnecte(email, "Nouveau-Depart-2027");
		this.navigateur.attendsLAdresse("/tableau-de-bord");
		this.navigateur.ouvre("/mon-compte");
		assertThat(this.navigateur.titre()).isEqualTo("Dominique");
	}

	@Test
	void lAdministrateurAccordeUnRoleDepuisLaPageDesComptes() {
		var admin = "admin." + UUID.randomUUID() + "@exemple.fr";
		this.comptes.creerConfirme(admin, "Alix Admin", Optional.of(MOT_DE_PASSE), Set.of(Role.ADMINISTRATEUR));
		var formatrice = this.comptes.creerConfirme("sacha." + UUID.randomUUID() + "@exemple.fr", "Sacha Formatrice",
				Optional.of(MOT_DE_PASSE), Set.of());

		seConnecte(admin, MOT_DE_PASSE);
		this.navigateur.attendsLAdresse("/tableau-de-bord");
		this.navigateur.clique(this.pilote.findElement(By.cssSelector("nav.navigation")).findElement(By.linkText("Administration des comptes")));
		this.navigateur.attendsLAdresse("/admin/comptes");
		assertThat(this.navigateur.titre()).isEqualTo("Comptes et rôles");
		this.navigateur.verifieLAccessibilite();

		// Among all the accounts, found by a part of the address
		var debutDeLAdresse = formatrice.email().substring(0, formatrice.email().indexOf('@'));
		this.navigateur.saisit("Rechercher un compte", debutDeLAdresse.toUpperCase(Locale.ROOT));
		this.navigateur.changeDePagePar(this.navigateur.bouton("Rechercher"));
		assertThat(this.navigateur.texte("caption")).startsWith("1 compte pour « " + debutDeLAdresse.toUpperCase(Locale.ROOT));
		this.navigateur.verifieLAccessibilite();
		var ligne = this.pilote.findElement(By.xpath("//tr[td[normalize-space()='Sacha Formatrice']]"));
		this.navigateur.clique(ligne.findElement(By.xpath(".//label[normalize-space()='Formateur·trice']")));
		this.navigateur.changeDePagePar(ligne.findElement(By.xpath(".//button[normalize-space()='Enregistrer']")));
		assertThat(this.navigateur.texte(".succes")).contains("Sacha Formatrice");
		assertThat(this.navigateur.champ("Rechercher un compte").getDomProperty("value")).as("la recherche est gardée")
			.isEqualTo(debutDeLAdresse.toUpperCase(Locale.ROOT));
		assertThat(this.comptes.compte(formatrice.id()).roles()).containsExactlyInAnyOrder(Role.ACCOMPAGNATEUR,
				Role.FORMATEUR);

		this.navigateur.ouvre("/confidentialite");
		assertThat(this.navigateur.titre()).isEqualTo("Politique de confidentialité");
		this.navigateur.verifieLAccessibilite();
		this.navigateur.ouvre("/deconnexion");
		this.navigateur.verifieLAccessibilite();
		valide("Me déconnecter");
		this.navigateur.attendsLAdresse("/connexion?deconnecte");
		this.navigateur.ouvre("/admin/comptes");
		this.navigateur.attendsLAdresse("/connexion");
	}

	private void seConnecte(String email, String motDePasse) {
		this.navigateur.ouvre("/connexion");
		this.navigateur.saisit("Adresse électronique", email);
		this.navigateur.saisit("Mot de passe", motDePasse);
		valide("Se connecter");
	}

	/** The link points at the public address; the test opens its path on the server under test. */
	private void suisLeLienDuCourriel(String email) {
		var lien = URI.create(BoiteMailDeTest.lienDuDernierMessagePour(email));
		this.navigateur.ouvre(lien.getRawPath() + (lien.getRawQuery() == null ? "" : "?" + lien.getRawQuery()));
	}

	private void valide(String bouton) {
		this.navigateur.changeDePagePar(this.navigateur.bouton(bouton));
	}

}
