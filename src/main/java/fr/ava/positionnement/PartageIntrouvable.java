package fr.ava.positionnement;

import fr.ava.socle.RessourceIntrouvable;

/**
 * A share link that is unknown, revoked or expired, or a link or a structure that is not the asker's:
 * a 404 whose message is the same in every case, so that it tells nothing about the link.
 */
public class PartageIntrouvable extends RessourceIntrouvable {

	private PartageIntrouvable(String codeMessage) {
		super(codeMessage);
	}

	/** The page of a share link: unknown, revoked and expired read alike. */
	public static PartageIntrouvable lien() {
		return new PartageIntrouvable("partage.lien.introuvable");
	}

	/** A structure the asker does not belong to, or does not manage. */
	public static PartageIntrouvable structure() {
		return new PartageIntrouvable("partage.structure.introuvable");
	}

}
