package fr.ava.compte.web;

import static fr.ava.compte.web.MatriceDAutorisationTests.adresseUnique;
import static fr.ava.compte.web.MatriceDAutorisationTests.connecte;
import static fr.ava.compte.web.MatriceDAutorisationTests.rnaUnique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import fr.ava.compte.Appartenance;
import fr.ava.compte.Compte;
import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;

/** The pages where requests to join a structure are made, decided and followed. */
@SpringBootTest
@AutoConfigureMockMvc
class DemandesControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	Structures structures;

	Compte gestionnaire;

	Compte demandeur;

	String rna;

	UUID structure;

	@BeforeEach
	void uneStructureEtSonGestionnaire() {
		rna = rnaUnique();
		gestionnaire = compte("Gaby Gestion", Set.of());
		structure = structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Association des demandes", null, rna,
				RoleDansLaStructure.GESTIONNAIRE).structureId();
		demandeur = compte("Dany Demande", Set.of());
	}

	@Test
	void declarerUneStructureExistanteEnvoieUneDemandeQueLeCompteVoitEnAttente() throws Exception {
		mvc.perform(post("/mon-compte/structures").param("type", "ASSOCIATION")
			.param("nom", "Nom tapé")
			.param("rna", rna)
			.param("role", "GESTIONNAIRE")
			.with(csrf())
			.with(connecte(demandeur)))
			.andExpect(redirectedUrl("/mon-compte"))
			.andExpect(flash().attribute("succes",
					"Votre demande pour rejoindre « Association des demandes » est envoyée à ses responsables. "
							+ "Vous verrez ici leur réponse."));

		assertThat(page("/mon-compte", demandeur)).contains("Association des demandes",
				"En attente de la réponse d'un·e responsable");
		assertThat(comptes.compte(demandeur.id()).roles()).doesNotContain(Role.EMPLOYEUR);
	}

	@Test
	void leGestionnaireApprouveUneDemandeDepuisLaPageDeSaStructure() throws Exception {
		var demande = demander(RoleDansLaStructure.GESTIONNAIRE);

		assertThat(page("/structures/" + structure + "/demandes", gestionnaire)).contains("Association des demandes",
				"Dany Demande", "comme <span>gestionnaire (responsable, employeur)</span>");
		assertThat(page("/mon-compte", gestionnaire)).contains("/structures/" + structure + "/demandes");
		mvc.perform(post("/structures/{id}/demandes/{demande}/approuver", structure, demande).param("message", "Bienvenue !")
			.with(csrf())
			.with(connecte(gestionnaire))).andExpect(redirectedUrl("/structures/" + structure + "/demandes"));

		assertThat(page("/structures/" + structure + "/demandes", gestionnaire)).contains("Aucune demande n'attend de réponse.")
			.doesNotContain("Dany Demande");
		assertThat(page("/mon-compte", demandeur)).contains("Approuvée : « <span>Bienvenue !</span> »");
		assertThat(comptes.compte(demandeur.id()).roles()).contains(Role.EMPLOYEUR);
	}

	@Test
	void uneDemandeRefuseeMontreLeMessageAuDemandeurSeulement() throws Exception {
		var demande = demander(RoleDansLaStructure.MEMBRE);

		mvc.perform(post("/structures/{id}/demandes/{demande}/refuser", structure, demande)
			.param("message", "<b>Inconnu·e</b> chez nous")
			.with(csrf())
			.with(connecte(gestionnaire))).andExpect(redirectedUrl("/structures/" + structure + "/demandes"));

		assertThat(page("/mon-compte", demandeur)).contains("Refusée : « <span>&lt;b&gt;Inconnu·e&lt;/b&gt; chez nous</span> »");
		assertThat(structures.approuveesDe(demandeur.id())).isEmpty();
	}

	@Test
	void unMessageTropLongEstRefuseEnFrancaisEtLaDemandeAttendToujours() throws Exception {
		var demande = demander(RoleDansLaStructure.MEMBRE);

		var page = mvc.perform(post("/structures/{id}/demandes/{demande}/approuver", structure, demande)
			.param("message", "m".repeat(Structures.MESSAGE_MAXIMUM + 1))
			.with(csrf())
			.with(connecte(gestionnaire))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(HtmlUtils.htmlUnescape(page)).contains("Le message est trop long : 500 caractères au plus.");
		assertThat(structures.de(demandeur.id())).singleElement()
			.satisfies(a -> assertThat(a.statut()).isEqualTo(Appartenance.Statut.EN_ATTENTE));
	}

	@Test
	void lAdministrateurDecideDesStructuresSansResponsableDepuisSaPage() throws Exception {
		var administrateur = compte("Ada Ministre", Set.of(Role.ADMINISTRATEUR));
		var orphelinRna = rnaUnique();
		structures.declarer(compte("Fondatrice", Set.of()).id(), TypeDeStructure.ASSOCIATION, "Association orpheline", null,
				orphelinRna, RoleDansLaStructure.MEMBRE);
		var orpheline = structures.declarer(demandeur.id(), TypeDeStructure.ASSOCIATION, "x", null, orphelinRna,
				RoleDansLaStructure.GESTIONNAIRE).id();
		var geree = demander(RoleDansLaStructure.MEMBRE);

		assertThat(page("/admin/demandes", administrateur)).contains("« <span>Association orpheline</span> »",
				"/admin/demandes/" + orpheline + "/approuver").doesNotContain(geree.toString());
		mvc.perform(post("/admin/demandes/{demande}/approuver", orpheline).with(csrf()).with(connecte(administrateur)))
			.andExpect(redirectedUrl("/admin/demandes"));

		assertThat(structures.approuveesDe(demandeur.id())).extracting(a -> a.nom()).containsExactly("Association orpheline");
	}

	private UUID demander(RoleDansLaStructure role) {
		return structures.declarer(demandeur.id(), TypeDeStructure.ASSOCIATION, "x", null, rna, role).id();
	}

	private String page(String adresse, Compte qui) throws Exception {
		return mvc.perform(get(adresse).with(connecte(qui)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Compte compte(String nom, Set<Role> roles) {
		return comptes.creerConfirme(adresseUnique("demandes"), nom, Optional.empty(), roles);
	}

}
