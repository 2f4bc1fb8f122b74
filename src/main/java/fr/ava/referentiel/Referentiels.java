package fr.ava.referentiel;

import java.util.List;

/** The published versions of the framework, as everyone may read them. */
public interface Referentiels {

	/** Published versions, oldest first. */
	List<Version> versionsPubliees();

	/**
	 * @throws VersionIntrouvable when no published version bears this number
	 */
	Referentiel publiee(Version.Numero numero);

	/**
	 * @throws VersionIntrouvable when nothing is published yet
	 */
	Referentiel dernierePubliee();

	/** Resolves a version named in a request: a number, or {@code derniere} for the latest. */
	default Referentiel publiee(String numero) {
		return "derniere".equals(numero) ? dernierePubliee() : publiee(Version.Numero.of(numero));
	}

}
