package fr.ava.referentiel.internal;

import org.springframework.core.io.ClassPathResource;

import fr.ava.referentiel.Referentiel;

/** The framework as the application loads it at first start, for tests that need its text without a database. */
public final class ReferentielCanonique {

	private static final Referentiel LU = new FichierReferentiel().lire(new ClassPathResource("referentiel/referentiel-1.0.yaml"));

	private ReferentielCanonique() {
	}

	public static Referentiel lu() {
		return LU;
	}

}
