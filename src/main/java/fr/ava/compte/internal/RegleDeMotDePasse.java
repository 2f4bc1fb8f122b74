package fr.ava.compte.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import fr.ava.compte.SaisieRefusee;

/**
 * What a password must be, as the ANSSI recommends for an account without a second factor: long,
 * of several kinds of characters, and unrelated to the account. BCrypt reads at most 72 bytes.
 */
@Component
public class RegleDeMotDePasse {

	public static final int LONGUEUR_MINIMALE = 12;

	private static final int OCTETS_MAXIMUM = 72;

	/** Refuses a weak password, saying why in French. */
	public void verifier(String motDePasse, String email, String nom) {
		if (motDePasse.length() < LONGUEUR_MINIMALE) {
			throw new SaisieRefusee("motDePasse", "compte.mot-de-passe.court", LONGUEUR_MINIMALE);
		}
		if (motDePasse.getBytes(StandardCharsets.UTF_8).length > OCTETS_MAXIMUM) {
			throw new SaisieRefusee("motDePasse", "compte.mot-de-passe.long");
		}
		var sortes = Stream.of("\\p{Ll}", "\\p{Lu}", "\\p{N}", "[^\\p{L}\\p{N}]")
			.filter(sorte -> motDePasse.matches(".*" + sorte + ".*"))
			.count();
		if (sortes < 3) {
			throw new SaisieRefusee("motDePasse", "compte.mot-de-passe.varie");
		}
		var enMinuscules = motDePasse.toLowerCase(Locale.FRENCH);
		var identifiant = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
		if (Stream.concat(Stream.of(identifiant, nom), Arrays.stream(nom.split("[\\s.'-]+")))
			.anyMatch(partie -> contient(enMinuscules, partie))) {
			throw new SaisieRefusee("motDePasse", "compte.mot-de-passe.personnel");
		}
	}

	private static boolean contient(String motDePasse, String partie) {
		var mot = partie.strip().toLowerCase(Locale.FRENCH);
		return mot.length() >= 4 && motDePasse.contains(mot);
	}

}
