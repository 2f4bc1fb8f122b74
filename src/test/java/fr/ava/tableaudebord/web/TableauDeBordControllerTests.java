package fr.ava.tableaudebord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import fr.ava.compte.Compte;
import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;
import fr.ava.fichedeposte.AnalysesEnregistrees;
import fr.ava.fichedeposte.FichesDExemple;
import fr.ava.fichedeposte.FichesDePoste;
import fr.ava.positionnement.Positionnements;
import fr.ava.referentiel.Code;

@SpringBootTest
@AutoConfigureMockMvc
class TableauDeBordControllerTests {

	private static final String MOT_DE_PASSE = "Tableau-De-Bord-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	Positionnements positionnements;

	@Autowired
	FichesDePoste fichesDePoste;

	@Autowired
	AnalysesEnregistrees analyses;

	@Autowired
	Structures structures;

	@Test
	void proposeDeReprendreLePositionnementEnCoursEtMontreFichesAnalysesEtResultats() throws Exception {
		var compte = compte(Set.of());
		var termine = positionnements.commencer(compte.id(), Set.of(), "Bilan 2025").id();
		positionnements.evaluer(compte.id(), termine, Code.of("M1-C01"), 2);
		positionnements.terminer(compte.id(), termine);
		var enCours = positionnements.commencer(compte.id(), Set.of(Code.of("FT01")), "Avant l'entretien 2026").id();
		var fiche = fichesDePoste.enregistrer(compte.id(), FichesDExemple.realiste()).id();
		var analyse = analyses.enregistrer(compte.id(), "Fiche de la mairie", FichesDExemple.SUBVENTIONS, null).id();

		var page = page(mvc.perform(get("/tableau-de-bord").with(connecte(compte)))
			.andExpect(status().isOk())
			.andExpect(view().name("tableaudebord/tableau-de-bord"))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page).contains("<h1>Tableau de bord</h1>", "En cours : <strong>Avant l'entretien 2026</strong>",
				"href=\"/positionnements/" + enCours + "\">Reprendre mon positionnement</a>",
				"href=\"/positionnements/" + termine + "/resultats\">résultats de « Bilan 2025 »</a>",
				"Tous mes positionnements (2)", "href=\"/fiches-de-poste/mes-fiches/" + fiche + "\">" + FichesDExemple.INTITULE,
				"href=\"/fiches-de-poste/analyses/" + analyse + "\">Fiche de la mairie</a>",
				"Aucun positionnement n'est partagé avec vous.")
			.contains("href=\"/tableau-de-bord\" aria-current=\"page\">Tableau de bord</a>")
			.doesNotContain("Commencer un positionnement", "Demandes à traiter");
	}

	@Test
	void proposeDeCommencerQuandRienNEstEnCours() throws Exception {
		var page = page(mvc.perform(get("/tableau-de-bord").with(connecte(compte(Set.of()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page).contains("href=\"/positionnements/nouveau\">Commencer un positionnement</a>",
				"Vous n'avez pas encore enregistré de fiche de poste.",
				"href=\"/fiches-de-poste/analyse\">Analyser une fiche de poste</a>")
			.doesNotContain("Reprendre mon positionnement", "Tous mes positionnements");
	}

	@Test
	void laConnexionMeneAuTableauDeBordSaufSiUnePageProtegeeLAttendait() throws Exception {
		var compte = compte(Set.of());
		mvc.perform(connexion(compte)).andExpect(redirectedUrl("/tableau-de-bord"));

		var session = mvc.perform(get("/positionnements")).andExpect(status().isFound()).andReturn().getResponse().getCookie("SESSION");
		assertThat(destination(mvc.perform(connexion(compte).cookie(session)).andExpect(status().isFound()).andReturn()))
			.isEqualTo("/positionnements");
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void leMenuOffreChaqueOutilEtAuxRolesLeursPages(Role role) throws Exception {
		var page = page(mvc.perform(get("/referentiel/1.0/valeurs").with(connecte(compte(Set.of(role)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var menu = page.substring(page.indexOf("<nav class=\"navigation\""), page.indexOf("</nav>", page.indexOf("<nav class=\"navigation\"")));

		assertThat(menu).contains("aria-label=\"Navigation principale\"", "href=\"/positionnements\">Me positionner</a>",
				"href=\"/fiches-de-poste\">Rédiger une fiche de poste</a>",
				"href=\"/fiches-de-poste/analyse\">Analyser une fiche de poste</a>",
				"href=\"/referentiel/1.0/telecharger\">Télécharger</a>",
				"href=\"/referentiel/1.0/valeurs\" aria-current=\"page\">Valeurs et posture</a>");
		assertThat(menu.contains("href=\"/fiches-de-poste/corpus\">Corpus de fiches de poste</a>"))
			.as("le corpus dans le menu").isEqualTo(role == Role.CURATEUR || role == Role.ADMINISTRATEUR);
		assertThat(menu.contains("href=\"/admin/comptes\">Administration des comptes</a>"))
			.as("les comptes dans le menu").isEqualTo(role == Role.ADMINISTRATEUR);
	}

	@Test
	void leMenuDUnVisiteurOffreAussiLePositionnementEtLAnalyse() throws Exception {
		var page = page(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		assertThat(page).contains(">Me positionner</a>", ">Analyser une fiche de poste</a>", ">Rédiger une fiche de poste</a>")
			.doesNotContain("Tableau de bord", "Corpus de fiches de poste", "Administration des comptes");
	}

	@Test
	void montreAuGestionnaireLesDemandesQuiAttendentSaReponseEtRienAuxAutres() throws Exception {
		var gestionnaire = compte(Set.of());
		var rna = "W75" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		var structure = structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Maison des associations", null,
				rna, RoleDansLaStructure.GESTIONNAIRE).structureId();
		var demandeur = comptes.creerConfirme("tableau." + UUID.randomUUID() + "@exemple.fr", "Sacha Demande",
				Optional.of(MOT_DE_PASSE), Set.of());
		structures.declarer(demandeur.id(), TypeDeStructure.ASSOCIATION, "Maison des associations", null, rna,
				RoleDansLaStructure.MEMBRE);

		var page = page(mvc.perform(get("/tableau-de-bord").with(connecte(gestionnaire))).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Demandes à traiter dans mes structures", "1 demande attend votre réponse.",
				"href=\"/structures/" + structure + "/demandes\">Maison des associations</a>", "Sacha Demande, membre, le ");

		var chezLeDemandeur = page(mvc.perform(get("/tableau-de-bord").with(connecte(demandeur))).andReturn().getResponse().getContentAsString());
		assertThat(chezLeDemandeur).doesNotContain("Demandes à traiter", "Sacha Demande, membre");
	}

	@Test
	void unVisiteurEstRenvoyeALaConnexion() throws Exception {
		assertThat(destination(mvc.perform(get("/tableau-de-bord")).andExpect(status().isFound()).andReturn()))
			.isEqualTo("/connexion");
	}

	private Compte compte(Set<Role> roles) {
		return comptes.creerConfirme("tableau." + UUID.randomUUID() + "@exemple.fr", "Alix Tableau", Optional.of(MOT_DE_PASSE),
				roles);
	}

	private static RequestPostProcessor connecte(Compte compte) {
		return user(compte.id().toString()).roles(compte.roles().stream().map(Role::name).toArray(String[]::new));
	}

	private static String destination(MvcResult resultat) {
		return URI.create(resultat.getResponse().getRedirectedUrl()).getPath();
	}

	private static MockHttpServletRequestBuilder connexion(Compte compte) {
		var hasard = ThreadLocalRandom.current();
		return post("/connexion").param("email", compte.email())
			.param("motDePasse", MOT_DE_PASSE)
			.with(csrf())
			.with(requete -> {
				requete.setRemoteAddr("10.9." + hasard.nextInt(256) + "." + (1 + hasard.nextInt(254)));
				return requete;
			});
	}

	private static String page(String html) {
		return HtmlUtils.htmlUnescape(html);
	}

}
