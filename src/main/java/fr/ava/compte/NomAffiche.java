package fr.ava.compte;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rule of a display name: one line of plain text. AVA shows it to other people (the managers of
 * a structure, the administrators) and might write it in a mail: a line break, an invisible character
 * or text that a mail client turns into a link would let anyone put their own words, or a link, in a
 * message from AVA.
 */
public final class NomAffiche {

	/** The name of an account whose name from elsewhere (an identity provider) breaks the rule. */
	public static final String PAR_DEFAUT = "Accompagnateur·trice";

	static final int LONGUEUR_MAX = 80;

	/**
	 * A scheme ({@code http://}), {@code www.}, an IPv4 address, or a domain: a letter or digit, a dot,
	 * then two letters at least ({@code exemple.fr}, and so an e-mail address). The full-width and
	 * ideographic dots count as dots: IDNA reads them so. "J.Ph." is refused too: "J. Ph." is not.
	 */
	private static final Pattern LIEN = Pattern.compile(
			"://|www[.．。｡]|\\d{1,3}(?:[.．。｡]\\d{1,3}){3}|[\\p{L}\\p{N}_-][.．。｡]\\p{L}{2}",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private NomAffiche() {
	}

	/** The name without its surrounding spaces, or a refusal that says why. */
	public static String verifier(String nom) {
		var refus = refus(nom);
		if (refus != null) {
			throw new SaisieRefusee("nomAffiche", refus);
		}
		return nom.strip();
	}

	/**
	 * A name given by someone else than the person (an identity provider), never refused: the first
	 * of the two that keeps the rule, else {@link #PAR_DEFAUT}. The person can change it in "Mon compte".
	 */
	public static String ouAutre(String nom, String autre) {
		for (var candidat : new String[] { nom, autre }) {
			var propre = candidat.strip();
			if (!propre.isEmpty() && propre.length() <= LONGUEUR_MAX && refus(propre) == null) {
				return propre;
			}
		}
		return PAR_DEFAUT;
	}

	/** The code of the message saying why the name is refused, or null. */
	private static @Nullable String refus(String nom) {
		if (nom.codePoints().anyMatch(NomAffiche::invisibleOuSautDeLigne)) {
			return "compte.nom.une-ligne";
		}
		return LIEN.matcher(nom).find() ? "compte.nom.lien" : null;
	}

	/** Control, format (zero-width, bidirectional overrides), line and paragraph separators, surrogates, unassigned. */
	private static boolean invisibleOuSautDeLigne(int caractere) {
		return switch (Character.getType(caractere)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
			default -> false;
		};
	}

}
