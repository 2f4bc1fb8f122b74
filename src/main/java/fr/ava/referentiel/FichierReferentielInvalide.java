package fr.ava.referentiel;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** The canonical data file cannot be loaded: says which file, which line and what is wrong. */
public class FichierReferentielInvalide extends RuntimeException {

	private final String fichier;

	private final List<Probleme> problemes;

	public FichierReferentielInvalide(String fichier, List<Probleme> problemes) {
		super("Le fichier du référentiel « " + fichier + " » est invalide :" + System.lineSeparator()
				+ problemes.stream().map(Probleme::toString).collect(Collectors.joining(System.lineSeparator())));
		this.fichier = fichier;
		this.problemes = List.copyOf(problemes);
	}

	public String fichier() {
		return fichier;
	}

	public List<Probleme> problemes() {
		return problemes;
	}

	/**
	 * @param ligne the line in the file, when it is known
	 * @param chemin where in the document, as a JSON path ({@code $.missions[0].code})
	 */
	public record Probleme(@Nullable Integer ligne, String chemin, String raison) {

		@Override
		public String toString() {
			return " - " + (ligne == null ? "" : "ligne " + ligne + ", ") + chemin + " : " + raison;
		}

	}

}
