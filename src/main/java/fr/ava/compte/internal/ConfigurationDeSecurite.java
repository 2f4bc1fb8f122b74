package fr.ava.compte.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what, and the protections of every page: CSRF tokens on forms, a content security
 * policy without inline scripts, no framing, a discreet referrer, none of the browser's powerful
 * features (camera, microphone, position…). Personal pages need a login;
 * ownership of personal data is checked by the services, on the server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConfigurationDeSecurite {

	static final String POLITIQUE_DE_CONTENU = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * AVA uses none of these features: no page, nor anything a page could embed, may ask for them.
	 * {@code browsing-topics} (advertising by interests) replaces {@code interest-cohort}, which
	 * browsers no longer know and report as an error in the console.
	 */
	static final String POLITIQUE_DES_FONCTIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
			+ "display-capture=(), browsing-topics=()";

	/** Where a login leads, unless it was asked by a page behind it (a saved request): the dashboard. */
	static final String TABLEAU_DE_BORD = "/tableau-de-bord";

	@Bean
	SecurityFilterChain securite(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> fournisseursOidc,
			ConnexionOidc connexionOidc) {
		http.authorizeHttpRequests(acces -> acces.requestMatchers("/admin/**")
			.hasRole("ADMINISTRATEUR")
			.requestMatchers("/fiches-de-poste/corpus", "/fiches-de-poste/corpus/**")
			.hasAnyRole("CURATEUR", "ADMINISTRATEUR")
			.requestMatchers("/tableau-de-bord", "/mon-compte", "/mon-compte/**", "/mes-donnees", "/mes-donnees/**", "/positionnements",
					"/positionnements/**", "/structures/**", "/api/v1/moi/**", "/fiches-de-poste/mes-fiches",
					"/fiches-de-poste/mes-fiches/**", "/fiches-de-poste/analyses", "/fiches-de-poste/analyses/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			// ConnexionParMotDePasse, the only AuthenticationProvider bean, is the global manager's:
			// adding it here too would check (and count) every failed login twice.
			// The analysis API keeps nothing and acts for no one: partners' tools call it without a session.
			.csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/analyses")))
			.formLogin(formulaire -> formulaire.loginPage("/connexion")
				.loginProcessingUrl("/connexion")
				.usernameParameter("email")
				.passwordParameter("motDePasse")
				.defaultSuccessUrl(TABLEAU_DE_BORD)
				.failureUrl("/connexion?erreur"))
			.logout(deconnexion -> deconnexion.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte"))
			.exceptionHandling(erreurs -> erreurs.accessDeniedHandler(new AccesRefuse())
				// The API answers 401 to a caller not logged in; pages send people to the login page.
				.authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
					.addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
							PathPatternRequestMatcher.pathPattern("/api/**"))
					.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/connexion"))
					.build()))
			.headers(entetes -> entetes.contentSecurityPolicy(politique -> politique.policyDirectives(POLITIQUE_DE_CONTENU))
				.referrerPolicy(referent -> referent.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(fonctions -> fonctions.policy(POLITIQUE_DES_FONCTIONS))
				.frameOptions(cadres -> cadres.deny()));
		if (fournisseursOidc.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/connexion")
				.failureUrl("/connexion?erreur")
				.defaultSuccessUrl(TABLEAU_DE_BORD)
				.userInfoEndpoint(profil -> profil.oidcUserService(connexionOidc)));
		}
		return http.build();
	}

	/**
	 * No observation of each security filter: timing the dozen filters of every request took about 7 %
	 * of a logged-in request's CPU (JFR, bench/comptes.sh) for metrics nobody reads;
	 * {@code http.server.requests} stays.
	 */
	@Bean
	SecurityObservationSettings securiteSansObservation() {
		return SecurityObservationSettings.noObservations();
	}

}
