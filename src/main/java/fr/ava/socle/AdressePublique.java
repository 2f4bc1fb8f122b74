package fr.ava.socle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address where AVA is reached from outside ({@code ava.url-publique}), for the absolute URIs of
 * exchange formats and the links sent by mail, which must never be taken from a request's headers.
 */
@ConfigurationProperties("ava")
public record AdressePublique(@DefaultValue("http://localhost:8080") String urlPublique) {

	public AdressePublique {
		urlPublique = urlPublique.endsWith("/") ? urlPublique.substring(0, urlPublique.length() - 1) : urlPublique;
	}

	/** The absolute form of a path of the application, such as {@code /referentiel/1.0}. */
	public String de(String chemin) {
		return urlPublique + chemin;
	}

}
