package fr.ava.referentiel;

import org.springframework.stereotype.Component;

/**
 * The stable addresses of a version and of its items; every one names the version, so a link cited
 * today still shows the same text tomorrow.
 */
@Component("permaliens")
public class Permaliens {

	public String version(Version.Numero numero) {
		return "/referentiel/" + numero;
	}

	public String perimetre(Version.Numero numero, Perimetre perimetre) {
		var rubrique = perimetre instanceof Mission ? "/missions/" : "/fonctions/";
		return version(numero) + rubrique + perimetre.slug();
	}

	/** The page of any item: a mission or a function has its own page, any other item its permalink. */
	public String element(Referentiel referentiel, Code code) {
		return referentiel.perimetre(code)
			.map(perimetre -> perimetre(referentiel.numero(), perimetre))
			.orElseGet(() -> version(referentiel.numero()) + "/elements/" + code);
	}

	public String api(Version.Numero numero) {
		return "/api/v1/versions/" + numero;
	}

	public String api(Version.Numero numero, Code code) {
		return api(numero) + "/elements/" + code;
	}

}
