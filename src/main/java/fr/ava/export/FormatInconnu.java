package fr.ava.export;

import fr.ava.socle.RessourceIntrouvable;

/** No export has this extension. */
public class FormatInconnu extends RessourceIntrouvable {

	public FormatInconnu(String extension) {
		super("export.format.inconnu", extension, Format.extensions());
	}

}
