package fr.ava.compte.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import fr.ava.compte.NomAffiche;

/** The display name of an account an identity provider creates: never refused, never a link. */
class NomDonneParLeFournisseurTests {

	@Test
	void gardeLeNomDuFournisseurQuandIlTientSurUneLigneSansLien() {
		assertThat(ConnexionOidc.nom(utilisateur("Camille Martin"), "camille@exemple.fr")).isEqualTo("Camille Martin");
	}

	@Test
	void prendLeDebutDeLAdresseQuandLeFournisseurNeDonneAucunNom() {
		assertThat(ConnexionOidc.nom(utilisateur(null), "camille@exemple.fr")).isEqualTo("camille");
		assertThat(ConnexionOidc.nom(utilisateur("  "), "camille@exemple.fr")).isEqualTo("camille");
	}

	@Test
	void prendUnNomNeutrePlutotQueRefuserLaConnexionQuandLeNomDuFournisseurEstUnLienOuSurDeuxLignes() {
		assertThat(ConnexionOidc.nom(utilisateur("Gagnez sur www.arnaque.example"), "camille@exemple.fr")).isEqualTo("camille");
		assertThat(ConnexionOidc.nom(utilisateur("Camille\nCliquez ici"), "camille.martin@exemple.fr"))
			.as("le début de l'adresse ressemble lui aussi à un domaine")
			.isEqualTo(NomAffiche.PAR_DEFAUT);
		assertThat(ConnexionOidc.nom(utilisateur("N".repeat(200)), "camille@exemple.fr")).isEqualTo("camille");
	}

	private static OidcUser utilisateur(@Nullable String nom) {
		var jeton = OidcIdToken.withTokenValue("jeton")
			.subject("sujet")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claim("email", "camille@exemple.fr");
		if (nom != null) {
			jeton.claim("name", nom);
		}
		return new DefaultOidcUser(List.of(), jeton.build());
	}

}
