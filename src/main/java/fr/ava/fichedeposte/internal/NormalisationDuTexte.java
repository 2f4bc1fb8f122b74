package fr.ava.fichedeposte.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts extracted text in one shape for the matcher, which splits it into sentences and bullets:
 * composed characters (NFC), {@code \n} line breaks, single spaces, no control or invisible
 * characters, at most one blank line in a row. Lines stay as the document had them.
 */
public final class NormalisationDuTexte {

	private static final Pattern FINS_DE_LIGNE = Pattern.compile("\r\n?|[\u000B\f\u0085\u2028\u2029]");

	/** Control characters, the byte-order mark, zero-width spaces and soft hyphens. */
	private static final Pattern INVISIBLES = Pattern.compile("[\\p{Cc}&&[^\n\t]]|[\u00AD\u200B\uFEFF]");

	private static final Pattern ESPACES = Pattern.compile("[ \t]+");

	/** Word's bullets drawn from symbol fonts come out as private-use characters. */
	private static final Pattern PUCE_DE_POLICE_SYMBOLE = Pattern.compile("^\\p{Co}+ ?");

	private static final Pattern USAGE_PRIVE = Pattern.compile("\\p{Co}");

	private static final Pattern LIGNES_VIDES = Pattern.compile("\n{3,}");

	private NormalisationDuTexte() {
	}

	public static String normaliser(String brut) {
		var texte = Normalizer.normalize(brut, Normalizer.Form.NFC);
		texte = FINS_DE_LIGNE.matcher(texte).replaceAll("\n");
		texte = INVISIBLES.matcher(texte).replaceAll("");
		texte = texte.lines().map(NormalisationDuTexte::ligne).collect(Collectors.joining("\n"));
		return LIGNES_VIDES.matcher(texte).replaceAll("\n\n").strip();
	}

	private static String ligne(String ligne) {
		var propre = ESPACES.matcher(ligne).replaceAll(" ").strip();
		propre = PUCE_DE_POLICE_SYMBOLE.matcher(propre).replaceFirst("• ");
		return USAGE_PRIVE.matcher(propre).replaceAll("").strip();
	}

}
