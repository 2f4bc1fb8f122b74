package fr.ava.socle;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

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

	/** The HTTP status a person or a partner system receives. */
	public abstract HttpStatus statut();

	public String codeMessage() {
		return codeMessage;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The French message people read. */
	public String message(MessageSource messages) {
		return messages.getMessage(codeMessage, arguments, Locale.FRENCH);
	}

}
