package fr.ava;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port given to the application as
 * {@code spring.mail.port}: the mail AVA sends is received, read, and its links followed.
 */
public final class BoiteMailDeTest implements LauncherSessionListener {

	private static final Pattern LIEN = Pattern.compile("https?://\\S+");

	private static GreenMail serveur;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		demarrer();
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (serveur != null) {
			serveur.stop();
		}
	}

	private static synchronized GreenMail demarrer() {
		if (serveur == null) {
			serveur = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			serveur.start();
			System.setProperty("spring.mail.port", String.valueOf(serveur.getSmtp().getPort()));
		}
		return serveur;
	}

	/** The text of the last message received for this address, waiting a few seconds for it. */
	public static String dernierMessagePour(String adresse) {
		var limite = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < limite) {
			var messages = Arrays.stream(demarrer().getReceivedMessages()).filter(m -> pour(m, adresse)).toList();
			if (!messages.isEmpty()) {
				return texte(messages.get(messages.size() - 1));
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new AssertionError("Aucun courriel reçu pour " + adresse);
	}

	/** The number of messages received for this address so far. */
	public static long nombreDeMessagesPour(String adresse) {
		return Arrays.stream(demarrer().getReceivedMessages()).filter(m -> pour(m, adresse)).count();
	}

	/** The first link of the last message received for this address. */
	public static String lienDuDernierMessagePour(String adresse) {
		var message = dernierMessagePour(adresse);
		var lien = LIEN.matcher(message);
		if (!lien.find()) {
			throw new AssertionError("Aucun lien dans le courriel pour " + adresse + " :\n" + message);
		}
		return lien.group();
	}

	private static boolean pour(MimeMessage message, String adresse) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(d -> d.toString().equalsIgnoreCase(adresse));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String texte(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
