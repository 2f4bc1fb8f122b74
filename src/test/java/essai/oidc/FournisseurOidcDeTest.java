package essai.oidc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in a small Spring Boot
 * application of its own, on a free port of {@code localhost}. It lives outside {@code fr.ava} so that
 * AVA's component scan never sees it, and it reads no configuration file and imports only the
 * auto-configurations it needs (web server, Spring MVC, Spring Security, authorization server):
 * none of AVA's beans, no database, no mail.
 * <p>
 * It knows one confidential client (authorization code, scopes {@code openid profile email}, no
 * consent screen) and the people given, who log in with the provider's own form. Their ID token,
 * and so the user info answer, carries {@code email}, {@code email_verified} and {@code name}.
 * <p>
 * The client's redirect URI is registered without a port on the loopback address
 * ({@code http://127.0.0.1/login/oauth2/code/{registrationId}}): Spring Authorization Server then
 * accepts it on any port (RFC 8252, section 7.3), so the client may start after the provider, on a
 * random port, as long as it is opened at {@code 127.0.0.1}.
 */
public final class FournisseurOidcDeTest implements AutoCloseable {

	/** A client of the provider: the application that sends people to log in there. */
	public record Client(String identifiant, String secret, String idEnregistrement) {

		/** The redirect URI of a Spring Security client on the loopback address, any port. */
		String redirection() {
			return "http://127.0.0.1/login/oauth2/code/" + idEnregistrement;
		}

	}

	/** A person known to the provider, and what it says about them. */
	public record Personne(String identifiant, String motDePasse, String email, boolean emailVerifie, String nom) {
	}

	private final ConfigurableApplicationContext contexte;

	private final String emetteur;

	private FournisseurOidcDeTest(ConfigurableApplicationContext contexte) {
		this.contexte = contexte;
		this.emetteur = "http://localhost:" + ((WebServerApplicationContext) contexte).getWebServer().getPort();
	}

	/** Starts the provider on a free port, with this client and these people. */
	public static FournisseurOidcDeTest demarrer(Client client, List<Personne> personnes) {
		var annuaire = new Annuaire(personnes.stream()
			.collect(Collectors.toUnmodifiableMap(Personne::identifiant, Function.identity())));
		var prefixe = "spring.security.oauth2.authorizationserver.client." + client.identifiant() + ".";
		var proprietes = new HashMap<String, Object>();
		// No application.properties of the classpath (AVA's, or the tests'): only what follows
		proprietes.put("spring.config.name", "fournisseur-oidc-de-test");
		proprietes.put("server.port", "0");
		proprietes.put(prefixe + "registration.client-id", client.identifiant());
		proprietes.put(prefixe + "registration.client-secret", "{noop}" + client.secret());
		proprietes.put(prefixe + "registration.client-authentication-methods", "client_secret_basic");
		proprietes.put(prefixe + "registration.authorization-grant-types", "authorization_code");
		proprietes.put(prefixe + "registration.redirect-uris", client.redirection());
		proprietes.put(prefixe + "registration.scopes",
				String.join(",", OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL));
		proprietes.put(prefixe + "require-authorization-consent", "false");
		var contexte = new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(proprietes)
			.initializers(application -> application.getBeanFactory().registerSingleton("annuaire", annuaire))
			.run();
		return new FournisseurOidcDeTest(contexte);
	}

	/** The issuer: the address AVA discovers the provider from ({@code /.well-known/openid-configuration}). */
	public String emetteur() {
		return emetteur;
	}

	/** The provider's own application context, for the tests that check what it holds. */
	public ApplicationContext contexte() {
		return contexte;
	}

	@Override
	public void close() {
		contexte.close();
	}

	/** The people who may log in, by login name. */
	record Annuaire(Map<String, Personne> personnes) {
	}

	/** The provider's application: Spring Boot's authorization server, with its people and their claims. */
	@SpringBootConfiguration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class,
			TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
			SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
			OAuth2AuthorizationServerJwtAutoConfiguration.class })
	static class Application {

		@Bean
		UserDetailsService personnes(Annuaire annuaire) {
			return new InMemoryUserDetailsManager(annuaire.personnes()
				.values()
				.stream()
				.map(personne -> User.withUsername(personne.identifiant())
					.password("{noop}" + personne.motDePasse())
					.roles("USER")
					.build())
				.toList());
		}

		/** What the ID token says about the person; the user info endpoint answers the same, by scope. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> revendications(Annuaire annuaire) {
			return jeton -> {
				if (OidcParameterNames.ID_TOKEN.equals(jeton.getTokenType().getValue())) {
					var personne = annuaire.personnes().get(jeton.getPrincipal().getName());
					jeton.getClaims()
						.claim(StandardClaimNames.EMAIL, personne.email())
						.claim(StandardClaimNames.EMAIL_VERIFIED, personne.emailVerifie())
						.claim(StandardClaimNames.NAME, personne.nom());
				}
			};
		}

	}

}
