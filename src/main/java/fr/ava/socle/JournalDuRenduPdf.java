package fr.ava.socle;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's messages to the application's logs (it otherwise prints them on the
 * console itself), under loggers named after its own categories, {@code com.openhtmltopdf.*}.
 */
class JournalDuRenduPdf implements XRLogger {

	@Override
	public void log(String ou, Level niveau, String message) {
		log(ou, niveau, message, null);
	}

	@Override
	public void log(String ou, Level niveau, String message, Throwable erreur) {
		var journal = LoggerFactory.getLogger(ou);
		if (estActif(journal, niveau)) {
			journal.atLevel(slf4j(niveau)).setCause(erreur).log(message);
		}
	}

	@Override
	public void setLevel(String ou, Level niveau) {
		// Levels are set in the application's logging configuration.
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return estActif(LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere()), diagnostic.getLevel());
	}

	private static boolean estActif(Logger journal, Level niveau) {
		return journal.isEnabledForLevel(slf4j(niveau));
	}

	private static org.slf4j.event.Level slf4j(Level niveau) {
		if (niveau.intValue() >= Level.SEVERE.intValue()) {
			return org.slf4j.event.Level.ERROR;
		}
		if (niveau.intValue() >= Level.WARNING.intValue()) {
			return org.slf4j.event.Level.WARN;
		}
		if (niveau.intValue() >= Level.INFO.intValue()) {
			return org.slf4j.event.Level.INFO;
		}
		return niveau.intValue() >= Level.FINE.intValue() ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
	}

}
