package fr.ava.socle;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one cleaning of the texts that enter AVA, typed or extracted from a document, and of those it
 * renders. What goes: control characters (NUL, U+000B, U+001F…), non-characters (U+FFFE, U+FFFF,
 * U+FDD0 to U+FDEF and their likes in every plane) and lone surrogates, which XML, and so the PDF and
 * DOCX files, cannot carry, and which nobody can see to remove. What stays: every other character,
 * composed (NFC), and line breaks and tabs where the field has several lines.
 */
public final class NettoyageDuTexte {

	/** Windows', old Mac's, Word's (vertical tab), page and Unicode line breaks: all become {@code \n}. */
	private static final Pattern FINS_DE_LIGNE = Pattern.compile("\r\n?|[\u000B\f\u0085\u2028\u2029]");

	private static final Pattern LIGNES_ET_TABULATIONS = Pattern.compile("[\n\t]");

	private NettoyageDuTexte() {
	}

	/** A text of one line (a name, a title, an address): line breaks and tabs become spaces; trimmed. */
	public static String uneLigne(String saisi) {
		return LIGNES_ET_TABULATIONS.matcher(plusieursLignes(saisi)).replaceAll(" ").strip();
	}

	/** A text of several lines (a text area): line breaks become {@code \n}, tabs stay; trimmed. */
	public static String plusieursLignes(String saisi) {
		var texte = sansCaracteresInterdits(FINS_DE_LIGNE.matcher(saisi).replaceAll("\n"));
		return Normalizer.normalize(texte, Normalizer.Form.NFC).strip();
	}

	/**
	 * The text without the characters that cannot be rendered, and otherwise unchanged (tabs, line
	 * breaks, spaces around): the last defence of the PDF and DOCX renderings.
	 */
	public static String sansCaracteresInterdits(String texte) {
		StringBuilder propre = null;
		for (int i = 0; i < texte.length();) {
			var point = texte.codePointAt(i);
			if (estInterdit(point)) {
				if (propre == null) {
					propre = new StringBuilder(texte.length()).append(texte, 0, i);
				}
			}
			else if (propre != null) {
				propre.appendCodePoint(point);
			}
			i += Character.charCount(point);
		}
		return propre == null ? texte : propre.toString();
	}

	/** {@link String#codePointAt} gives a lone surrogate as itself. */
	private static boolean estInterdit(int point) {
		var type = Character.getType(point);
		return (type == Character.CONTROL && point != '\t' && point != '\n' && point != '\r')
				|| type == Character.SURROGATE || (point >= 0xFDD0 && point <= 0xFDEF) || (point & 0xFFFE) == 0xFFFE;
	}

}
