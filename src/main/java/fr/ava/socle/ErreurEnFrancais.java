package fr.ava.socle;

/**
 * An error shown to people: its French message lives in {@code messages.properties} under a code,
 * with arguments.
 */
public abstract class ErreurEnFrancais extends RuntimeException {

	private final String codeMessage;

	private final Object[] arguments;

	protected ErreurEnFrancais(String codeMessage, Object... arguments) {
		super(codeMessage);
		this.codeMessage = codeMessage;
		this.arguments = arguments.clone();
	}

	public String codeMessage() {
		return codeMessage;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
