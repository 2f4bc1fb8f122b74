package fr.ava.compte.internal;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import fr.ava.compte.Compte;
import fr.ava.compte.Comptes;
import fr.ava.compte.NomAffiche;

/**
 * Login through an identity provider (OIDC): the person is the AVA account of the same address,
 * created if needed, provided the provider has verified that address. An account signed up but never
 * confirmed is confirmed by the provider, and loses the password chosen at sign-up: whoever chose it
 * never proved they own the address.
 */
@Component
class ConnexionOidc implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService fournisseur = new OidcUserService();

	private final Comptes comptes;

	ConnexionOidc(Comptes comptes) {
		this.comptes = comptes;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest demande) {
		var utilisateur = fournisseur.loadUser(demande);
		var email = utilisateur.getEmail();
		if (email == null || !Boolean.TRUE.equals(utilisateur.getEmailVerified())) {
			throw new OAuth2AuthenticationException(new OAuth2Error("adresse_non_verifiee",
					"Votre fournisseur d'identité ne garantit pas votre adresse électronique : connectez-vous avec votre mot de passe AVA.",
					null));
		}
		var compte = comptes.parEmail(email)
			.map(existant -> existant.emailConfirme() ? existant : comptes.confirmerParUnFournisseur(existant.id()))
			.orElseGet(() -> comptes.creerConfirme(email, nom(utilisateur, email), Optional.empty(), Set.of()));
		return new CompteOidc(compte, utilisateur);
	}

	/**
	 * The provider's name for the person if it keeps AVA's rule, else the start of the address, else a
	 * neutral name: a login is never refused for a name the person may not have chosen.
	 */
	static String nom(OidcUser utilisateur, String email) {
		var nom = utilisateur.getFullName();
		return NomAffiche.ouAutre(nom == null ? "" : nom, email.substring(0, email.indexOf('@')));
	}

	/** The provider's user, named by the AVA account's id and holding its roles. */
	static final class CompteOidc extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String id;

		CompteOidc(Compte compte, OidcUser utilisateur) {
			super(compte.roles().stream().map(role -> new SimpleGrantedAuthority(role.autorite())).toList(),
					utilisateur.getIdToken(), utilisateur.getUserInfo());
			this.id = compte.id().toString();
		}

		@Override
		public String getName() {
			return id;
		}

	}

}
