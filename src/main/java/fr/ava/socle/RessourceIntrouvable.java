package fr.ava.socle;

/** What was asked for does not exist: a 404. */
public abstract class RessourceIntrouvable extends ErreurEnFrancais {

	protected RessourceIntrouvable(String codeMessage, Object... arguments) {
		super(codeMessage, arguments);
	}

}
