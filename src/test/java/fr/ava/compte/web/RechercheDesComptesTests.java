package fr.ava.compte.web;

import static fr.ava.compte.web.MatriceDAutorisationTests.adresseUnique;
import static fr.ava.compte.web.MatriceDAutorisationTests.connecte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import fr.ava.compte.Compte;
import fr.ava.compte.Comptes;
import fr.ava.compte.PageDeComptes;
import fr.ava.compte.Role;

/** The administrators find an account among many by its name or address, a page at a time. */
@SpringBootTest
@AutoConfigureMockMvc
class RechercheDesComptesTests {

	private static final Pattern ADRESSE_EN_LIGNE = Pattern.compile("<td>([^<@]+@exemple\\.fr)</td>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	Compte administrateur;

	/** In every name of this test only, so that the accounts of other tests never match. */
	String marque;

	@BeforeEach
	void unAdministrateur() {
		administrateur = creer("Alix Admin", Set.of(Role.ADMINISTRATEUR));
		marque = "Q" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void trouveUnCompteParUnePartieDeSonNomOuDeSonAdresseSansTenirCompteDesMajuscules() throws Exception {
		var camille = creer("Camille Dupont " + marque, Set.of());
		creer("Sacha Martin " + marque, Set.of());

		assertThat(adressesDeLaPage(("dupont " + marque).toUpperCase())).containsExactly(camille.email());
		assertThat(adressesDeLaPage(camille.email().substring(0, camille.email().indexOf('@')))).containsExactly(camille.email());
		assertThat(page(marque)).contains("2 comptes pour « " + marque + " »");
		assertThat(page("personne-" + marque)).contains("Aucun compte pour « personne-" + marque + " »");
	}

	@Test
	void chaqueCompteTrouveMontreSesRolesCochesPourQuUnEnregistrementNeLesRetirePas() throws Exception {
		var formatrice = creer("Sacha Formatrice " + marque, Set.of(Role.FORMATEUR));

		var page = page(marque);

		assertThat(page).containsPattern("id=\"role-" + formatrice.id() + "-FORMATEUR\" checked=\"checked\"")
			.containsPattern("id=\"role-" + formatrice.id() + "-CURATEUR\">");
	}

	@Test
	void lesSignesPourcentEtSouligneSontCherchesTelsQuels() throws Exception {
		var cent = creer("Taux 100% " + marque, Set.of());
		creer("Taux 1000 " + marque, Set.of());
		var souligne = creer("Nom_" + marque, Set.of());
		creer("NomX" + marque, Set.of());

		assertThat(adressesDeLaPage("0% " + marque)).containsExactly(cent.email());
		assertThat(adressesDeLaPage("Nom_" + marque)).containsExactly(souligne.email());
	}

	@Test
	void montreLesComptesParPagesDeCinquanteLesPlusRecentsDAbord() throws Exception {
		var crees = new ArrayList<Compte>();
		for (var n = 1; n <= PageDeComptes.TAILLE + 1; n++) {
			crees.add(creer("Personne " + n + " " + marque, Set.of()));
		}

		var premiere = page(marque);
		assertThat(adresses(premiere)).hasSize(PageDeComptes.TAILLE).first().isEqualTo(crees.get(PageDeComptes.TAILLE).email());
		assertThat(premiere).contains("51 comptes pour « " + marque + " », page 1 sur 2", "Page suivante")
			.doesNotContain("Page précédente");
		var seconde = page(marque, "2");
		assertThat(adresses(seconde)).containsExactly(crees.get(0).email());
		assertThat(seconde).contains("page 2 sur 2", "Page précédente").doesNotContain("Page suivante");
		assertThat(seconde).as("chaque formulaire de rôles ramène à cette recherche et à cette page")
			.contains("<input type=\"hidden\" name=\"q\" value=\"" + marque + "\">",
					"<input type=\"hidden\" name=\"page\" value=\"2\">");
		assertThat(adresses(page(marque, "99"))).as("au-delà de la dernière page : la dernière")
			.containsExactly(crees.get(0).email());
		assertThat(adresses(page(marque, "-3"))).as("avant la première : la première")
			.hasSize(PageDeComptes.TAILLE);
	}

	@Test
	void unNumeroDePageQuiNEstPasUnNombreDonneUn400EnFrancais() throws Exception {
		var reponse = mvc.perform(get("/admin/comptes?page=deux").with(connecte(administrateur)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(HtmlUtils.htmlUnescape(reponse)).contains("Demande incomprise",
				"La valeur « deux » ne convient pas au paramètre « page ».");
		var deuxFois = mvc.perform(get("/admin/comptes").param("page", "deux", "trois").with(connecte(administrateur)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(deuxFois)).contains("La valeur « deux, trois » ne convient pas au paramètre « page ».");
	}

	@Test
	void apresAvoirAccordeUnRoleLAdministrateurRevientASaRechercheEtASaPage() throws Exception {
		var sacha = creer("Sacha " + marque, Set.of());

		mvc.perform(post("/admin/comptes/{id}/roles", sacha.id()).param("role", "FORMATEUR")
			.param("q", marque)
			.param("page", "2")
			.with(csrf())
			.with(connecte(administrateur))).andExpect(redirectedUrl("/admin/comptes?q=" + marque + "&page=2"));

		assertThat(comptes.compte(sacha.id()).roles()).contains(Role.FORMATEUR);
	}

	@Test
	void uneRechercheDemesureeEstRaccourcieDansLAdresseDeRetour() throws Exception {
		var sacha = creer("Sacha " + marque, Set.of());

		var retour = mvc.perform(post("/admin/comptes/{id}/roles", sacha.id()).param("q", "x".repeat(100_000))
			.with(csrf())
			.with(connecte(administrateur))).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

		assertThat(retour).isEqualTo("/admin/comptes?q=" + "x".repeat(200));
	}

	private Compte creer(String nom, Set<Role> roles) {
		return comptes.creerConfirme(adresseUnique("recherche"), nom, Optional.empty(), roles);
	}

	private String page(String recherche) throws Exception {
		return page(recherche, "1");
	}

	private String page(String recherche, String numero) throws Exception {
		var html = mvc.perform(get("/admin/comptes").param("q", recherche).param("page", numero).with(connecte(administrateur)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return HtmlUtils.htmlUnescape(html).replaceAll("\\s+", " ");
	}

	private List<String> adressesDeLaPage(String recherche) throws Exception {
		return adresses(page(recherche));
	}

	private static List<String> adresses(String page) {
		return ADRESSE_EN_LIGNE.matcher(page).results().map(trouve -> trouve.group(1)).toList();
	}

}
