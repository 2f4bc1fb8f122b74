package fr.ava.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param urlPublique the address where AVA is reached from outside, for the absolute URIs that
 * exchange formats require (CASE)
 */
@ConfigurationProperties("ava.export")
record ExportSettings(@DefaultValue("http://localhost:8080") String urlPublique) {

	ExportSettings {
		urlPublique = urlPublique.endsWith("/") ? urlPublique.substring(0, urlPublique.length() - 1) : urlPublique;
	}

}
