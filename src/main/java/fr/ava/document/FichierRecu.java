package fr.ava.document;

/**
 * A file as uploaded: the name its sender gave it and its bytes, not yet trusted. A name, or a path
 * inside an archive, longer than what is kept is shortened from its start: its end names the file.
 */
public record FichierRecu(String nom, byte[] contenu) {

	/** What the database keeps of a file's name. */
	public static final int NOM_AU_PLUS = 255;

	public FichierRecu {
		nom = abrege(nom);
	}

	/** The name as kept: at most {@link #NOM_AU_PLUS} characters, its end kept after "…". */
	public static String abrege(String nom) {
		if (nom.length() <= NOM_AU_PLUS) {
			return nom;
		}
		var debut = nom.length() - NOM_AU_PLUS + 1;
		return "…" + nom.substring(Character.isLowSurrogate(nom.charAt(debut)) ? debut + 1 : debut);
	}

}
