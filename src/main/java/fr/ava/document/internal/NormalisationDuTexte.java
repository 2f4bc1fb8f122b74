package fr.ava.document.internal;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.ava.socle.NettoyageDuTexte;

/**
 * Puts extracted text in one shape for the matcher, which splits it into sentences and bullets: the
 * text cleaned as any text that enters AVA ({@link NettoyageDuTexte#plusieursLignes}: composed
 * characters, {@code \n} line breaks, no control or non-character), then no invisible characters,
 * single spaces, at most one blank line in a row. Lines stay as the document had them.
 */
public final class NormalisationDuTexte {

	/** The byte-order mark, zero-width spaces and soft hyphens. */
	private static final Pattern INVISIBLES = Pattern.compile("[\u00AD\u200B\uFEFF]");

	private static final Pattern ESPACES = Pattern.compile("[ \t]+");

	/** Word's bullets drawn from symbol fonts come out as private-use characters. */
	private static final Pattern PUCE_DE_POLICE_SYMBOLE = Pattern.compile("^\\p{Co}+ ?");

	private static final Pattern USAGE_PRIVE = Pattern.compile("\\p{Co}");

	private static final Pattern LIGNES_VIDES = Pattern.compile("\n{3,}");

	private NormalisationDuTexte() {
	}

	public static String normaliser(String brut) {
		var texte = INVISIBLES.matcher(NettoyageDuTexte.plusieursLignes(brut)).replaceAll("");
		texte = texte.lines().map(NormalisationDuTexte::ligne).collect(Collectors.joining("\n"));
		return LIGNES_VIDES.matcher(texte).replaceAll("\n\n").strip();
	}

	private static String ligne(String ligne) {
		var propre = ESPACES.matcher(ligne).replaceAll(" ").strip();
		propre = PUCE_DE_POLICE_SYMBOLE.matcher(propre).replaceFirst("• ");
		return USAGE_PRIVE.matcher(propre).replaceAll("").strip();
	}

}
