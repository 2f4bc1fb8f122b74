package fr.ava.socle.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class ConfigurationWeb {

	/**
	 * No rewriting of links to static files: AVA does not fingerprint them, and the filter would look
	 * up every link of every page among the static files. Webjars still resolve without a version.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> liensNonReecrits() {
		var enregistrement = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		enregistrement.setEnabled(false);
		return enregistrement;
	}

}
