package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.ava.Prerequis;

/** Requests to join a structure on PostgreSQL: the migration's states and the queries of who decides. */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIf("fr.ava.Prerequis#postgresql")
class DemandesSurPostgresqlTests {

	@Autowired
	Comptes comptes;

	@Autowired
	Structures structures;

	@DynamicPropertySource
	static void basePostgresql(DynamicPropertyRegistry proprietes) {
		Prerequis.basePostgresql(proprietes);
	}

	@Test
	void lesDemandesVontAuGestionnaireOuSansLuiAuxAdministrateurs() {
		var administrateur = creer("Ada", Set.of(Role.ADMINISTRATEUR));
		var rna = "W44" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		var fondatrice = creer("Fondatrice", Set.of());
		var structure = structures.declarer(fondatrice.id(), TypeDeStructure.ASSOCIATION, "Association nantaise", null, rna,
				RoleDansLaStructure.MEMBRE).structureId();
		var candidate = creer("Candidate", Set.of());
		var demande = structures.declarer(candidate.id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);

		assertThat(structures.demandesATraiter(administrateur.id())).extracting(Demande::id).contains(demande.id());
		assertThat(structures.demandesATraiter(fondatrice.id())).isEmpty();

		structures.approuver(administrateur.id(), demande.id(), "Bienvenue");
		var membre = structures.declarer(creer("Membre", Set.of()).id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.MEMBRE);

		assertThat(structures.demandesATraiter(candidate.id())).extracting(Demande::id).containsExactly(membre.id());
		assertThat(structures.demandesATraiter(administrateur.id())).extracting(Demande::id).doesNotContain(membre.id());
		assertThat(structures.responsables(structure)).containsExactly("Candidate");
		assertThat(structures.approuveesDe(candidate.id())).singleElement()
			.satisfies(a -> assertThat(a.message()).isEqualTo("Bienvenue"));
		assertThat(comptes.compte(candidate.id()).roles()).contains(Role.EMPLOYEUR);
	}

	private Compte creer(String nom, Set<Role> roles) {
		return comptes.creerConfirme("pg-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr", nom,
				Optional.empty(), roles);
	}

}
