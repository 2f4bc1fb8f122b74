package fr.ava.referentiel;

import java.io.InputStream;

/**
 * The canonical format of a version, in JSON: the shape of the data file {@code referentiel-1.0.yaml},
 * documented by {@code referentiel.schema.json}. What is written can be read back as the same version.
 */
public interface FormatCanonique {

	byte[] ecrireEnJson(Referentiel referentiel);

	/**
	 * Reads a whole version, or nothing.
	 * @param nom how to name the file in error messages
	 * @throws FichierReferentielInvalide listing every problem found: line, path and reason, in French
	 */
	Referentiel lireDuJson(InputStream json, String nom);

}
