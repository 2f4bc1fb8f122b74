package fr.ava.socle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of links sent or shared (account tokens, share links): drawn at random, given once, and
 * stored only as their SHA-256, so that a copy of the database opens nothing.
 */
public final class Secrets {

	private static final SecureRandom HASARD = new SecureRandom();

	private Secrets() {
	}

	/** 256 random bits, written to travel in an address. */
	public static String nouveau() {
		var octets = new byte[32];
		HASARD.nextBytes(octets);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
	}

	/** What is stored of a secret: its SHA-256, in lower-case hexadecimal. */
	public static String empreinte(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
