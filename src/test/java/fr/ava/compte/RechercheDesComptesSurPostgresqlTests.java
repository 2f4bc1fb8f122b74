package fr.ava.compte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.ava.Prerequis;

/** The administrators' search on PostgreSQL: accents, capitals, LIKE's own signs, pages, roles. */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIf("fr.ava.Prerequis#postgresql")
class RechercheDesComptesSurPostgresqlTests {

	@Autowired
	Comptes comptes;

	@DynamicPropertySource
	static void basePostgresql(DynamicPropertyRegistry proprietes) {
		Prerequis.basePostgresql(proprietes);
	}

	@Test
	void trouveUnNomAccentueQuelleQueSoitSaCasseEtPrendPourcentEtSouligneTelsQuels() {
		var marque = UUID.randomUUID().toString().substring(0, 8);
		var elodie = creer("Élodie Françoise " + marque, Set.of(Role.CURATEUR));
		creer("Taux 100% " + marque, Set.of());
		creer("Taux 1000 " + marque, Set.of());

		assertThat(comptes.chercher("élodie FRANÇOISE " + marque, 1).comptes()).extracting(Compte::id)
			.containsExactly(elodie.id());
		assertThat(comptes.chercher("ÉLODIE", 1).comptes()).extracting(Compte::id).contains(elodie.id());
		assertThat(comptes.chercher("0% " + marque, 1).comptes()).extracting(Compte::nomAffiche)
			.containsExactly("Taux 100% " + marque);
		assertThat(comptes.chercher("_" + marque, 1).total()).isZero();
		assertThat(comptes.chercher(marque, 1).comptes()).filteredOn(compte -> compte.id().equals(elodie.id()))
			.singleElement()
			.satisfies(compte -> assertThat(compte.roles()).contains(Role.CURATEUR));
	}

	@Test
	void decoupeEnPagesLesPlusRecentsDAbord() {
		var marque = UUID.randomUUID().toString().substring(0, 8);
		var premier = creer("Premier " + marque, Set.of());
		for (var n = 2; n <= PageDeComptes.TAILLE + 1; n++) {
			creer("Personne " + n + " " + marque, Set.of());
		}

		var premiere = comptes.chercher(marque, 1);
		var seconde = comptes.chercher(marque, 2);

		assertThat(premiere.total()).isEqualTo(PageDeComptes.TAILLE + 1);
		assertThat(premiere.pages()).isEqualTo(2);
		assertThat(premiere.comptes()).hasSize(PageDeComptes.TAILLE).first().extracting(Compte::nomAffiche)
			.isEqualTo("Personne " + (PageDeComptes.TAILLE + 1) + " " + marque);
		assertThat(seconde.comptes()).extracting(Compte::id).containsExactly(premier.id());
	}

	private Compte creer(String nom, Set<Role> roles) {
		return comptes.creerConfirme("recherche-" + UUID.randomUUID() + "@exemple.fr", nom, Optional.empty(), roles);
	}

}
