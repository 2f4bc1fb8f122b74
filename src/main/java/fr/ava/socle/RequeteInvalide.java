package fr.ava.socle;

/** A request whose parameters cannot be understood: a 400. */
public class RequeteInvalide extends ErreurEnFrancais {

	public RequeteInvalide(String codeMessage, Object... arguments) {
		super(codeMessage, arguments);
	}

}
