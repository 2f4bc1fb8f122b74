package fr.ava.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param urlPublique the address where AVA is reached from outside, for the absolute URIs that
 * exchange formats require (CASE)
 * @param preparerAuDemarrage whether the files of the published versions are produced in the
 * background once the application has started, so that nobody waits for the first one
 */
@ConfigurationProperties("ava.export")
record ExportSettings(@DefaultValue("http://localhost:8080") String urlPublique,
		@DefaultValue("true") boolean preparerAuDemarrage) {

	ExportSettings {
		urlPublique = urlPublique.endsWith("/") ? urlPublique.substring(0, urlPublique.length() - 1) : urlPublique;
	}

}
