package fr.ava.positionnement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.ava.Navigateur;
import fr.ava.compte.Comptes;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;
import fr.ava.referentiel.Code;

/**
 * Sharing with the managers of a structure, in headless Chromium: the author shares and stops sharing
 * from their page while the manager reads in their own browser; the manager's anonymous team summary
 * below and at the threshold. Accounts and the other members' self-assessments are made through the
 * services; every page a person sees is checked with axe-core (WCAG 2.1 A and AA).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@EnabledIf("fr.ava.Prerequis#chromium")
class ParcoursDuPartageAvecUneStructureTests {

	private static final String MOT_DE_PASSE = "Partager-En-Confiance-2026";

	private static final String STRUCTURE = "Maison des associations de Quimperlé";

	private static final Path CAPTURES = Path.of("target", "captures");

	@LocalServerPort
	private int port;

	@Autowired
	private Comptes comptes;

	@Autowired
	private Structures structures;

	@Autowired
	private Positionnements positionnements;

	@Autowired
	private Partages partages;

	/** The account that created each test's structure, who approves the others. */
	private final Map<String, UUID> gestionnaires = new HashMap<>();

	@Test
	void laResponsableLitLePositionnementPartageSansPouvoirLeModifierEtNeLeTrouvePlusUneFoisRetire() {
		var rna = rnaPropreAuTest();
		var responsable = compte("Sacha Responsable", rna, RoleDansLaStructure.GESTIONNAIRE);
		var auteur = compteEnAttente("Lou Martin", rna, RoleDansLaStructure.MEMBRE);
		var structure = structures.de(responsable.id()).get(0).structureId();
		var id = positionnements.commencer(auteur.id(), Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(auteur.id(), id, Code.of("FT01-C01"), 4);
		positionnements.evaluer(auteur.id(), id, Code.of("FT01-C02"), 1);
		positionnements.terminer(auteur.id(), id);

		try (var ecranDeLAuteur = new Ecran(); var ecranDeLaResponsable = new Ecran()) {
			// Private until shared
			ecranDeLaResponsable.seConnecte(responsable.email());
			ecranDeLaResponsable.ouvre("/positionnements/partages-avec-moi/" + id);
			assertThat(ecranDeLaResponsable.titre()).isEqualTo("Page introuvable");

			// The author's request to join waits: nothing to share with yet
			ecranDeLAuteur.seConnecte(auteur.email());
			ecranDeLAuteur.ouvre("/mon-compte");
			assertThat(ecranDeLAuteur.texte("main")).contains("En attente de la réponse d'un·e responsable");
			ecranDeLAuteur.verifieLAccessibilite();
			ecranDeLAuteur.capture("demande-en-attente.png");
			ecranDeLAuteur.ouvre("/positionnements/" + id);
			assertThat(ecranDeLAuteur.texte("#partager")).contains("votre demande pour en rejoindre une attend");
			assertThat(ecranDeLAuteur.pilote.findElements(By.name("structure"))).isEmpty();

			// The manager approves it from her structure's requests page
			ecranDeLaResponsable.ouvre("/mon-compte");
			ecranDeLaResponsable.clique(ecranDeLaResponsable.pilote
				.findElement(By.cssSelector("a[aria-label='Demandes pour rejoindre " + STRUCTURE + "']")));
			ecranDeLaResponsable.attendsLAdresse("/structures/" + structure + "/demandes");
			assertThat(ecranDeLaResponsable.titre()).isEqualTo("Demandes pour rejoindre la structure");
			assertThat(ecranDeLaResponsable.texte("main ul.demandes")).contains("Lou Martin demande à rejoindre la structure comme membre");
			ecranDeLaResponsable.verifieLAccessibilite();
			ecranDeLaResponsable.capture("demandes-de-la-structure.png");
			ecranDeLaResponsable.clique(ecranDeLaResponsable.pilote
				.findElement(By.cssSelector("button[aria-label='Approuver la demande de Lou Martin']")));
			ecranDeLaResponsable.attendsLeTexte("main", "Aucune demande n'attend de réponse.");

			// The author shares it with the managers of their structure, knowing who they are
			ecranDeLAuteur.ouvre("/positionnements/" + id);
			assertThat(ecranDeLAuteur.texte("#partager")).contains("Ce positionnement n'est partagé avec aucune structure.",
					"Lu par sa ou son responsable : Sacha Responsable");
			ecranDeLAuteur.clique(ecranDeLAuteur.bouton("Partager avec ses responsables"));
			ecranDeLAuteur.attendsLeTexte("#partager", "Partagé avec " + STRUCTURE);
			assertThat(ecranDeLAuteur.texte("main .succes[role='status']"))
				.isEqualTo("Ce positionnement est partagé avec les responsables de la structure.");
			assertThat(ecranDeLAuteur.texte("#partager")).contains("Partagé avec " + STRUCTURE);
			ecranDeLAuteur.verifieLAccessibilite();
			ecranDeLAuteur.capture("partage-avec-la-structure.png");

			// The manager finds it among what was shared with her and reads it, without any form
			ecranDeLaResponsable.ouvre("/positionnements");
			ecranDeLaResponsable.clique(ecranDeLaResponsable.lien("Les positionnements partagés avec moi"));
			ecranDeLaResponsable.attendsLAdresse("/positionnements/partages-avec-moi");
			assertThat(ecranDeLaResponsable.titre()).isEqualTo("Positionnements partagés avec moi");
			assertThat(ecranDeLaResponsable.texte("main tbody")).contains("Lou Martin", STRUCTURE, "Terminé");
			ecranDeLaResponsable.verifieLAccessibilite();
			ecranDeLaResponsable.capture("partages-avec-moi.png");
			ecranDeLaResponsable.clique(ecranDeLaResponsable.pilote
				.findElement(By.cssSelector("a[aria-label='Lire le positionnement de Lou Martin']")));
			ecranDeLaResponsable.attendsLAdresse("/positionnements/partages-avec-moi/" + id);
			assertThat(ecranDeLaResponsable.titre()).isEqualTo("Positionnement partagé");
			assertThat(ecranDeLaResponsable.texte("main .surtitre")).startsWith("Positionnement de Lou Martin commencé le");
			assertThat(ecranDeLaResponsable.texte("#titre-profil + figure + .defilement table")).contains("Veille", "2 sur 4", "2,5");
			assertThat(ecranDeLaResponsable.texte("#titre-forces + ul")).contains(
					"S'auto-former en se renseignant spécifiquement sur des thématiques nouvelles — Veille : Je peux transmettre");
			assertThat(ecranDeLaResponsable.pilote.findElements(By.cssSelector("main form, main input, main select, main textarea")))
				.isEmpty();
			assertThat(ecranDeLaResponsable.pilote.findElements(By.id("partager"))).isEmpty();
			assertThat(ecranDeLaResponsable.texte("main")).doesNotContain("Rapport pour mon entretien");
			ecranDeLaResponsable.verifieLAccessibilite();
			ecranDeLaResponsable.capture("partage-lu-par-la-responsable.png");

			// The author stops sharing: at once, the manager's page is the French 404
			ecranDeLAuteur.clique(ecranDeLAuteur.pilote
				.findElement(By.cssSelector("button[aria-label='Ne plus partager avec " + STRUCTURE + "']")));
			ecranDeLAuteur.attendsLeTexte("#partager", "Ce positionnement n'est partagé avec aucune structure.");
			assertThat(ecranDeLAuteur.texte("main .succes[role='status']")).isEqualTo("Ce positionnement n'est plus partagé avec cette structure.");
			ecranDeLaResponsable.pilote.navigate().refresh();
			assertThat(ecranDeLaResponsable.titre()).isEqualTo("Page introuvable");
			assertThat(ecranDeLaResponsable.texte("main")).contains("Ce positionnement n'existe pas.")
				.doesNotContain("Lou Martin", "Veille");
			assertThat(ecranDeLaResponsable.texte("nav.compte-entete")).contains("Mon compte (Sacha Responsable)");
			ecranDeLaResponsable.verifieLAccessibilite();
			ecranDeLaResponsable.capture("partage-retire-404.png");
			ecranDeLaResponsable.ouvre("/positionnements/partages-avec-moi");
			assertThat(ecranDeLaResponsable.texte("main")).contains("Aucun positionnement n'est partagé avec vous.")
				.doesNotContain("Lou Martin");
		}
	}

	@Test
	void laSyntheseDEquipeSExpliqueSansChiffresSousCinqMembresPuisDonneDesMoyennesSansAucunNom() {
		var rna = rnaPropreAuTest();
		var responsable = compte("Sacha Responsable", rna, RoleDansLaStructure.GESTIONNAIRE);
		var structure = structures.de(responsable.id()).get(0).structureId();
		var noms = List.of("Camille Aubert", "Dominique Blanc", "Élie Carpentier", "Sam Durand", "Noa Estienne");
		// Member n rates one Veille competency at level n: the team's mean is 2 once all five have shared
		for (int niveau = 0; niveau < 4; niveau++) {
			partageUnPositionnement(compte(noms.get(niveau), rna, RoleDansLaStructure.MEMBRE), structure, niveau);
		}

		try (var ecran = new Ecran()) {
			ecran.seConnecte(responsable.email());
			ecran.ouvre("/positionnements/partages-avec-moi");
			ecran.clique(ecran.pilote.findElement(By.cssSelector("a[aria-label='Équipe de " + STRUCTURE + "']")));
			ecran.attendsLAdresse("/structures/" + structure + "/equipe");
			assertThat(ecran.titre()).isEqualTo("Mon équipe : synthèse anonyme");
			assertThat(ecran.texte("main [role='status']")).isEqualTo(
					"Moins de 5 personnes ont partagé un positionnement avec cette structure : la synthèse de l'équipe s'affiche à partir de 5, pour que personne ne puisse y être reconnu.");
			assertThat(ecran.pilote.findElements(By.cssSelector("main table"))).isEmpty();
			assertThat(ecran.texte("main")).doesNotContain("Veille", "Niveau moyen (0 à 4)", "4 ").doesNotContainPattern("\\d,\\d");
			assertThat(ecran.texte("main")).doesNotContain(noms.toArray(String[]::new));
			ecran.verifieLAccessibilite();
			ecran.capture("equipe-sous-le-seuil.png");

			partageUnPositionnement(compte(noms.get(4), rna, RoleDansLaStructure.MEMBRE), structure, 4);
			ecran.pilote.navigate().refresh();
			assertThat(ecran.pilote.findElements(By.cssSelector("main [role='status']"))).isEmpty();
			assertThat(ecran.texte("main table caption")).isEqualTo("Niveau moyen (0 à 4) de l'équipe");
			// Only Veille was rated, by the five: every other row says so and shows nothing else
			assertThat(ecran.pilote.findElements(By.cssSelector("main tbody tr")))
				.extracting(WebElement::getText)
				.contains("Veille 2,0")
				.filteredOn(ligne -> !ligne.equals("Veille 2,0"))
				.isNotEmpty()
				.allSatisfy(ligne -> assertThat(ligne).endsWith(" moins de 5 réponses"));
			assertThat(ecran.texte("main")).doesNotContain(noms.toArray(String[]::new));
			ecran.verifieLAccessibilite();
			ecran.capture("equipe-a-partir-de-cinq.png");
		}
	}

	private void partageUnPositionnement(Compte membre, UUID structure, int niveau) {
		var id = positionnements.commencer(membre.id(), Set.of(Code.of("FT01"))).id();
		positionnements.evaluer(membre.id(), id, Code.of("FT01-C01"), niveau);
		partages.partagerAvecStructure(membre.id(), id, structure);
	}

	/**
	 * A confirmed account in the structure of that RNA number (one per test: structures are found by
	 * number): the first creates it, the next ones are approved by its first manager.
	 */
	private Compte compte(String nom, String rna, RoleDansLaStructure role) {
		var compte = compteEnAttente(nom, rna, role);
		var demande = structures.de(compte.id()).get(0);
		if (!demande.approuvee()) {
			structures.approuver(gestionnaires.get(rna), demande.id(), null);
		}
		return compte;
	}

	private Compte compteEnAttente(String nom, String rna, RoleDansLaStructure role) {
		var email = nom.toLowerCase().replaceAll("[^a-z]", "") + "." + UUID.randomUUID() + "@exemple.fr";
		var id = comptes.creerConfirme(email, nom, Optional.of(MOT_DE_PASSE), Set.of()).id();
		if (structures.declarer(id, TypeDeStructure.MAISON_DES_ASSOCIATIONS, STRUCTURE, null, rna, role).approuvee()) {
			gestionnaires.putIfAbsent(rna, id);
		}
		return new Compte(id, email);
	}


	private static String rnaPropreAuTest() {
		return "W29" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	private record Compte(UUID id, String email) {
	}

	/** One person's browser: the author's and the manager's are open side by side. */
	private final class Ecran implements AutoCloseable {

		private final Navigateur navigateur = new Navigateur(port);

		private final ChromeDriver pilote = navigateur.pilote();

		void seConnecte(String email) {
			ouvre("/connexion");
			navigateur.remplitLaConnexion(email, MOT_DE_PASSE);
			attendsLAdresse("/tableau-de-bord");
		}

		void ouvre(String chemin) {
			navigateur.ouvre(chemin);
		}

		void clique(WebElement element) {
			navigateur.clique(element);
		}

		void attendsLAdresse(String chemin) {
			navigateur.attendsLAdresse(chemin);
		}

		WebElement bouton(String texte) {
			return navigateur.bouton(texte);
		}

		WebElement lien(String texte) {
			return pilote.findElement(By.xpath("//main//a[normalize-space()=\"" + texte + "\"]"));
		}

		/** Waits for a text that the page after a form's redirect shows. */
		void attendsLeTexte(String selecteur, String attendu) {
			navigateur.attendsLeTexte(selecteur, attendu);
		}

		String titre() {
			return navigateur.titre();
		}

		String texte(String selecteur) {
			return navigateur.texte(selecteur);
		}

		void verifieLAccessibilite() {
			navigateur.verifieLAccessibilite();
		}

		void capture(String nom) {
			navigateur.captureLaPage(CAPTURES.resolve(nom));
		}

		@Override
		public void close() {
			navigateur.close();
		}

	}

}
