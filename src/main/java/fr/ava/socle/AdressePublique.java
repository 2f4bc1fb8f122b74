package fr.ava.socle;

import java.net.URI;
import java.net.URISyntaxException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address where AVA is reached from outside ({@code ava.url-publique}, variable
 * {@code AVA_URL_PUBLIQUE}), for what is built without a request or must not depend on one: the
 * absolute URIs of exchange formats, the files, the links sent by mail, which must never be taken
 * from a request's headers. Links in pages come from the request. The {@code postgres} profile (a
 * real deployment) has no default: AVA does not start without it.
 */
@ConfigurationProperties("ava")
public record AdressePublique(@DefaultValue("http://localhost:8080") String urlPublique) {

	public AdressePublique {
		var adresse = absolue(urlPublique);
		if (adresse == null) {
			throw new IllegalArgumentException("L'adresse publique d'AVA (variable AVA_URL_PUBLIQUE, propriété ava.url-publique) "
					+ "doit être une adresse http ou https complète, par exemple https://ava.exemple.fr, et non « " + urlPublique + " »");
		}
		urlPublique = adresse.toString().replaceAll("/+$", "");
	}

	private static @Nullable URI absolue(String saisie) {
		try {
			var adresse = new URI(saisie.strip());
			var web = "http".equals(adresse.getScheme()) || "https".equals(adresse.getScheme());
			return web && adresse.getHost() != null ? adresse : null;
		}
		catch (URISyntaxException illisible) {
			return null;
		}
	}

	/** The absolute form of a path of the application, such as {@code /referentiel/1.0}. */
	public String de(String chemin) {
		return urlPublique + chemin;
	}

}
