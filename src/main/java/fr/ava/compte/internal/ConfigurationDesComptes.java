package fr.ava.compte.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing (BCrypt, behind Spring Security's delegating encoder) and the clock of expiries. */
@Configuration(proxyBeanMethods = false)
class ConfigurationDesComptes {

	@Bean
	PasswordEncoder encodeurDeMotsDePasse() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock horloge() {
		return Clock.systemUTC();
	}

}
