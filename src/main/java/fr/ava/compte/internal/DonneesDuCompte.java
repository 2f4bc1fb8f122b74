package fr.ava.compte.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.ava.compte.Appartenance;
import fr.ava.compte.Comptes;
import fr.ava.compte.DonneesPersonnelles;
import fr.ava.compte.Role;
import fr.ava.compte.Structures;

/** The account, its structures and the addresses it logged in from, in "Mes données". */
@Configuration(proxyBeanMethods = false)
class DonneesDuCompte {

	record Identite(UUID id, String email, String nomAffiche, boolean emailConfirme, boolean motDePasseDefini,
			Instant creeLe, List<Role> roles) {
	}

	@Bean
	DonneesPersonnelles donneesDeCompte(Comptes comptes) {
		return new DonneesPersonnelles() {

			@Override
			public String rubrique() {
				return "compte";
			}

			@Override
			public Object de(UUID compteId) {
				var compte = comptes.compte(compteId);
				return new Identite(compte.id(), compte.email(), compte.nomAffiche(), compte.emailConfirme(),
						compte.aUnMotDePasse(), compte.creeLe(), compte.roles().stream().sorted().toList());
			}

		};
	}

	@Bean
	DonneesPersonnelles donneesDesAdressesDeConnexion(LimiteurDeConnexions limiteur) {
		return new DonneesPersonnelles() {

			@Override
			public String rubrique() {
				return "adressesDeConnexion";
			}

			@Override
			public List<LimiteurDeConnexions.AdresseConnue> de(UUID compteId) {
				return limiteur.adressesConnues(compteId);
			}

		};
	}

	@Bean
	DonneesPersonnelles donneesDesStructures(Structures structures) {
		return new DonneesPersonnelles() {

			@Override
			public String rubrique() {
				return "structures";
			}

			@Override
			public List<Appartenance> de(UUID compteId) {
				return structures.de(compteId);
			}

		};
	}

}
