package fr.ava.compte.internal;

import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import fr.ava.compte.Comptes;
import fr.ava.compte.Role;

/**
 * Login by email and password, held back by the {@link LimiteurDeConnexions}. The principal's name
 * is the account's id, which does not change with the address. An unconfirmed address is reported
 * only once the password is right, so that no answer tells which addresses have an account.
 */
@Component
class ConnexionParMotDePasse implements AuthenticationProvider {

	/** The address of an attempt that does not come through the web form: all such attempts count together. */
	private static final String ADRESSE_INCONNUE = "inconnue";

	private final DaoAuthenticationProvider verification;

	private final LimiteurDeConnexions limiteur;

	ConnexionParMotDePasse(JdbcComptes comptes, PasswordEncoder encodeur, LimiteurDeConnexions limiteur) {
		// An account created by an identity provider has no password: none typed can match this one.
		var aucunMotDePasse = encodeur.encode(UUID.randomUUID().toString());
		this.verification = new DaoAuthenticationProvider(email -> comptes.parEmail(email)
			.map(compte -> User.withUsername(compte.id().toString())
				.password(comptes.empreinteDuMotDePasse(compte.id()).orElse(aucunMotDePasse))
				.disabled(!compte.emailConfirme())
				.authorities(compte.roles().stream().map(Role::autorite).toArray(String[]::new))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException("Compte inconnu")));
		this.verification.setPasswordEncoder(encodeur);
		this.verification.setPreAuthenticationChecks(utilisateur -> {
		});
		this.verification.setPostAuthenticationChecks(utilisateur -> {
			if (!utilisateur.isEnabled()) {
				throw new DisabledException("Adresse non confirmée");
			}
		});
		this.limiteur = limiteur;
	}

	@Override
	public Authentication authenticate(Authentication demande) {
		var email = Comptes.normaliser(String.valueOf(demande.getName()));
		var adresse = demande.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : ADRESSE_INCONNUE;
		limiteur.verifier(email, adresse);
		try {
			var authentification = verification
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, demande.getCredentials()));
			limiteur.reussite(email, adresse);
			return authentification;
		}
		catch (BadCredentialsException ex) {
			limiteur.echec(email, adresse);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
