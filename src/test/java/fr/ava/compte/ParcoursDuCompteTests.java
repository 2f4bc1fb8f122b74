package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.BoiteMailDeTest;
import fr.ava.ChromiumDesParcours;

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

	@Autowired
	private Comptes comptes;

	@RegisterExtension
	static final ChromiumDesParcours chromium = new ChromiumDesParcours();

	@BeforeEach
	void sansSession() {
		chromium.pilote().manage().deleteAllCookies();
	}

	@Test
	void sInscritConfirmeParLeCourrielSeConnecteTelechargeSesDonneesPuisSupprimeSonCompte() {
		var email = "camille." + UUID.randomUUID() + "@exemple.fr";
		// Structures are shared by RNA number: a number of its own, so that no other test named it first
		var rna = "W75" + String.format("%07d", Math.floorMod(email.hashCode(), 10_000_000));

		chromium.navigateur().ouvre("/inscription");
		assertThat(chromium.navigateur().titre()).isEqualTo("Créer un compte");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().saisit("Adresse électronique", "pas-une-adresse");
		chromium.navigateur().saisit("Nom affiché", "<script>alert(1)</script>");
		chromium.navigateur().saisit("Mot de passe", "motdepasse");
		valide("Créer mon compte");
		assertThat(chromium.navigateur().texte(".bilan-erreurs")).contains("Saisissez une adresse électronique valide");
		assertThat(chromium.navigateur().champ("Nom affiché").getDomProperty("value")).isEqualTo("<script>alert(1)</script>");
		assertThat(chromium.navigateur().champ("Adresse électronique").getDomAttribute("aria-invalid")).isEqualTo("true");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().captureLaPage(Path.of("target", "captures", "inscription-erreurs.png"));
		chromium.navigateur().saisit("Adresse électronique", email);
		chromium.navigateur().saisit("Nom affiché", "Camille Martin");
		chromium.navigateur().saisit("Mot de passe", MOT_DE_PASSE);
		chromium.navigateur().saisit("Confirmation du mot de passe", MOT_DE_PASSE);
		valide("Créer mon compte");
		chromium.navigateur().attendsLAdresse("/inscription/envoyee");
		assertThat(chromium.navigateur().titre()).isEqualTo("Vérifiez votre messagerie");
		chromium.navigateur().verifieLAccessibilite();

		// Not confirmed yet: the right password is not enough
		seConnecte(email, MOT_DE_PASSE);
		assertThat(chromium.navigateur().texte(".bilan-erreurs")).contains("pas encore confirmée");
		chromium.navigateur().verifieLAccessibilite();

		suisLeLienDuCourriel(email);
		assertThat(chromium.navigateur().titre()).isEqualTo("Confirmer votre adresse");
		chromium.navigateur().verifieLAccessibilite();
		valide("Confirmer mon adresse");
		chromium.navigateur().attendsLAdresse("/connexion?confirme");
		assertThat(chromium.navigateur().texte(".succes")).contains("Votre adresse est confirmée");

		seConnecte(email, MOT_DE_PASSE);
		chromium.navigateur().attendsLAdresse("/tableau-de-bord");
		chromium.navigateur().changeDePagePar(chromium.pilote().findElement(By.partialLinkText("Mon compte")));
		assertThat(chromium.navigateur().titre()).isEqualTo("Camille Martin");
		assertThat(chromium.navigateur().texte(".compte-entete")).contains("Mon compte (Camille Martin)");
		chromium.navigateur().verifieLAccessibilite();

		new Select(chromium.navigateur().champ("Type de structure")).selectByVisibleText("Association");
		chromium.navigateur().saisit("Nom de la structure", "Maison des initiatives");
		chromium.navigateur().saisit("Numéro RNA (facultatif)", rna);
		valide("Ajouter la structure");
		chromium.navigateur().attendsLAdresse("/mon-compte");
		assertThat(chromium.navigateur().texte(".succes")).contains("Maison des initiatives");
		assertThat(chromium.navigateur().texte("#titre-structures + table")).contains("Maison des initiatives", "RNA " + rna, "Membre");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().captureLaPage(Path.of("target", "captures", "mon-compte.png"));

		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Télécharger mes données ou supprimer mon compte")));
		chromium.navigateur().attendsLAdresse("/mes-donnees");
		assertThat(chromium.navigateur().titre()).isEqualTo("Mes données");
		chromium.navigateur().verifieLAccessibilite();
		var donnees = (String) chromium.pilote().executeAsyncScript(
				"const fin = arguments[arguments.length - 1];"
						+ "fetch('/mes-donnees/export.json').then(r => r.text()).then(fin, e => fin(String(e)));");
		assertThat(donnees).contains("\"email\":\"" + email + "\"", "\"nomAffiche\":\"Camille Martin\"",
				"\"nom\":\"Maison des initiatives\"", "\"rna\":\"" + rna + "\"", "\"adressesDeConnexion\":[{\"adresse\":\"");
		assertThat(donnees).doesNotContain(MOT_DE_PASSE, "$2a$");

		chromium.navigateur().saisit("Votre mot de passe, pour confirmer", "Pas-Le-Bon-2026!");
		valide("Supprimer définitivement mon compte");
		assertThat(chromium.navigateur().texte(".bilan-erreurs")).contains("Le mot de passe actuel est incorrect");
		assertThat(this.comptes.parEmail(email)).isPresent();
		chromium.navigateur().saisit("Votre mot de passe, pour confirmer", MOT_DE_PASSE);
		valide("Supprimer définitivement mon compte");
		chromium.navigateur().attendsLAdresse("/compte-supprime");
		assertThat(chromium.navigateur().titre()).isEqualTo("Votre compte est supprimé");
		chromium.navigateur().verifieLAccessibilite();
		assertThat(this.comptes.parEmail(email)).isEmpty();

		chromium.navigateur().ouvre("/mon-compte");
		chromium.navigateur().attendsLAdresse("/connexion");
	}

	@Test
	void choisitUnNouveauMotDePasseParLeLienRecuEtSeConnecteAvec() {
		var email = "dominique." + UUID.randomUUID() + "@exemple.fr";
		this.comptes.creerConfirme(email, "Dominique", Optional.of(MOT_DE_PASSE), Set.of());

		chromium.navigateur().ouvre("/connexion");
		chromium.navigateur().clique(chromium.pilote().findElement(By.linkText("Mot de passe oublié ?")));
		chromium.navigateur().attendsLAdresse("/mot-de-passe-oublie");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().saisit("Adresse électronique", email);
		valide("Recevoir un lien");
		chromium.navigateur().attendsLAdresse("/mot-de-passe-oublie/envoye");
		chromium.navigateur().verifieLAccessibilite();

		suisLeLienDuCourriel(email);
		assertThat(chromium.navigateur().titre()).isEqualTo("Choisir un nouveau mot de passe");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().saisit("Nouveau mot de passe", "court");
		chromium.navigateur().saisit("Confirmation du mot de passe", "court");
		valide("Enregistrer");
		assertThat(chromium.navigateur().texte(".bilan-erreurs")).contains("au moins 12 caractères");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().saisit("Nouveau mot de passe", "Nouveau-Depart-2027");
		chromium.navigateur().saisit("Confirmation du mot de passe", "Nouveau-Depart-2027");
		valide("Enregistrer");
		chromium.navigateur().attendsLAdresse("/connexion?reinitialise");

		seConnecte(email, MOT_DE_PASSE);
		assertThat(chromium.navigateur().texte(".bilan-erreurs")).isEqualTo("Adresse électronique ou mot de passe incorrect.");
		seConnecte(email, "Nouveau-Depart-2027");
		chromium.navigateur().attendsLAdresse("/tableau-de-bord");
		chromium.navigateur().ouvre("/mon-compte");
		assertThat(chromium.navigateur().titre()).isEqualTo("Dominique");
	}

	@Test
	void lAdministrateurAccordeUnRoleDepuisLaPageDesComptes() {
		var admin = "admin." + UUID.randomUUID() + "@exemple.fr";
		this.comptes.creerConfirme(admin, "Alix Admin", Optional.of(MOT_DE_PASSE), Set.of(Role.ADMINISTRATEUR));
		var formatrice = this.comptes.creerConfirme("sacha." + UUID.randomUUID() + "@exemple.fr", "Sacha Formatrice",
				Optional.of(MOT_DE_PASSE), Set.of());

		seConnecte(admin, MOT_DE_PASSE);
		chromium.navigateur().attendsLAdresse("/tableau-de-bord");
		chromium.navigateur().clique(chromium.pilote().findElement(By.cssSelector("nav.navigation")).findElement(By.linkText("Administration des comptes")));
		chromium.navigateur().attendsLAdresse("/admin/comptes");
		assertThat(chromium.navigateur().titre()).isEqualTo("Comptes et rôles");
		chromium.navigateur().verifieLAccessibilite();

		// Among all the accounts, found by a part of the address
		var debutDeLAdresse = formatrice.email().substring(0, formatrice.email().indexOf('@'));
		chromium.navigateur().saisit("Rechercher un compte", debutDeLAdresse.toUpperCase(Locale.ROOT));
		chromium.navigateur().changeDePagePar(chromium.navigateur().bouton("Rechercher"));
		assertThat(chromium.navigateur().texte("caption")).startsWith("1 compte pour « " + debutDeLAdresse.toUpperCase(Locale.ROOT));
		chromium.navigateur().verifieLAccessibilite();
		var ligne = chromium.pilote().findElement(By.xpath("//tr[td[normalize-space()='Sacha Formatrice']]"));
		chromium.navigateur().clique(ligne.findElement(By.xpath(".//label[normalize-space()='Formateur·trice']")));
		chromium.navigateur().changeDePagePar(ligne.findElement(By.xpath(".//button[normalize-space()='Enregistrer']")));
		assertThat(chromium.navigateur().texte(".succes")).contains("Sacha Formatrice");
		assertThat(chromium.navigateur().champ("Rechercher un compte").getDomProperty("value")).as("la recherche est gardée")
			.isEqualTo(debutDeLAdresse.toUpperCase(Locale.ROOT));
		assertThat(this.comptes.compte(formatrice.id()).roles()).containsExactlyInAnyOrder(Role.ACCOMPAGNATEUR,
				Role.FORMATEUR);

		chromium.navigateur().ouvre("/confidentialite");
		assertThat(chromium.navigateur().titre()).isEqualTo("Politique de confidentialité");
		chromium.navigateur().verifieLAccessibilite();
		chromium.navigateur().ouvre("/deconnexion");
		chromium.navigateur().verifieLAccessibilite();
		valide("Me déconnecter");
		chromium.navigateur().attendsLAdresse("/connexion?deconnecte");
		chromium.navigateur().ouvre("/admin/comptes");
		chromium.navigateur().attendsLAdresse("/connexion");
	}

	private void seConnecte(String email, String motDePasse) {
		chromium.navigateur().ouvre("/connexion");
		chromium.navigateur().saisit("Adresse électronique", email);
		chromium.navigateur().saisit("Mot de passe", motDePasse);
		valide("Se connecter");
	}

	/** The link points at the public address; the test opens its path on the server under test. */
	private void suisLeLienDuCourriel(String email) {
		var lien = URI.create(BoiteMailDeTest.lienDuDernierMessagePour(email));
		chromium.navigateur().ouvre(lien.getRawPath() + (lien.getRawQuery() == null ? "" : "?" + lien.getRawQuery()));
	}

	private void valide(String bouton) {
		chromium.navigateur().changeDePagePar(chromium.navigateur().bouton(bouton));
	}

}
