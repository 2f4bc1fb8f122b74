package fr.ava.referentiel;

/** The definition of the job, with the quoted definition and its attribution. */
public record Definition(Code code, String texte, Citation citation) {

	public record Citation(Code code, String texte, String source) {
	}

}
