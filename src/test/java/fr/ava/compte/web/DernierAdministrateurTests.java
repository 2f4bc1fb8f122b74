package fr.ava.compte.web;

import static fr.ava.compte.web.MatriceDAutorisationTests.adresseUnique;
import static fr.ava.compte.web.MatriceDAutorisationTests.connecte;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import fr.ava.compte.Compte;
import fr.ava.compte.Comptes;
import fr.ava.compte.DernierAdministrateur;
import fr.ava.compte.Role;

/** AVA always keeps an administrator. A database of its own, where each test knows every administrator. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dernier-administrateur;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class DernierAdministrateurTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void leDernierAdministrateurNePeutPasSeRetirerCeRoleEtRienNeChange() throws Exception {
		var seul = seulAdministrateur();

		var page = mvc.perform(post("/admin/comptes/{id}/roles", seul.id()).param("role", "EMPLOYEUR")
			.with(csrf())
			.with(connecte(seul))).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

		assertThat(HtmlUtils.htmlUnescape(page))
			.contains("Ce compte est le dernier administrateur d'AVA : accordez d'abord ce rôle à un autre compte.");
		assertThat(comptes.compte(seul.id()).roles()).containsExactlyInAnyOrder(Role.ACCOMPAGNATEUR, Role.ADMINISTRATEUR);
	}

	@Test
	void unAdministrateurEnRetireUnAutreTantQuIlEnResteUn() throws Exception {
		var alix = seulAdministrateur();
		var sacha = creer("Sacha", Set.of(Role.ADMINISTRATEUR));

		mvc.perform(post("/admin/comptes/{id}/roles", alix.id()).with(csrf()).with(connecte(sacha)))
			.andExpect(status().isFound());
		mvc.perform(post("/admin/comptes/{id}/roles", sacha.id()).with(csrf()).with(connecte(sacha)))
			.andExpect(status().isConflict());

		assertThat(comptes.compte(alix.id()).roles()).containsExactly(Role.ACCOMPAGNATEUR);
		assertThat(comptes.compte(sacha.id()).roles()).contains(Role.ADMINISTRATEUR);
	}

	@Test
	void deuxAdministrateursQuiSeRetirentLeRoleEnMemeTempsEnGardentUn() throws Exception {
		var alix = seulAdministrateur();
		var sacha = creer("Sacha", Set.of(Role.ADMINISTRATEUR));
		var ensemble = new CyclicBarrier(2);
		var taches = new ArrayList<Callable<Void>>();
		for (var compte : List.of(alix, sacha)) {
			taches.add(() -> {
				ensemble.await();
				comptes.definirRoles(compte.id(), Set.of());
				return null;
			});
		}

		var refus = 0;
		var executeur = Executors.newFixedThreadPool(2);
		try {
			for (var resultat : executeur.invokeAll(taches, 30, SECONDS)) {
				try {
					resultat.get();
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(DernierAdministrateur.class);
					refus++;
				}
			}
		}
		finally {
			executeur.shutdownNow();
		}

		assertThat(refus).isEqualTo(1);
		assertThat(administrateurs()).hasSize(1);
	}

	/** Only this account administers AVA in this database. */
	private Compte seulAdministrateur() {
		jdbc.sql("delete from role_de_compte where role = 'ADMINISTRATEUR'").update();
		return creer("Alix", Set.of(Role.ADMINISTRATEUR));
	}

	private List<UUID> administrateurs() {
		return jdbc.sql("select compte_id from role_de_compte where role = 'ADMINISTRATEUR'").query(UUID.class).list();
	}

	private Compte creer(String nom, Set<Role> roles) {
		return comptes.creerConfirme(adresseUnique(nom.toLowerCase()), nom, Optional.empty(), roles);
	}

}
