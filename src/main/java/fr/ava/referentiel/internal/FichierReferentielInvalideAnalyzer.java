package fr.ava.referentiel.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import fr.ava.referentiel.FichierReferentielInvalide;

/** Tells whoever starts AVA with a broken data file which file, which line and what is wrong. */
class FichierReferentielInvalideAnalyzer extends AbstractFailureAnalyzer<FichierReferentielInvalide> {

	@Override
	protected FailureAnalysis analyze(Throwable racine, FichierReferentielInvalide cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Corrigez le fichier « " + cause.fichier() + " » (son schéma est referentiel/referentiel.schema.json), "
						+ "puis relancez AVA. Rien n'a été chargé.",
				cause);
	}

}
