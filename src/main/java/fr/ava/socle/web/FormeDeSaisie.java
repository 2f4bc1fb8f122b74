package fr.ava.socle.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.ava.socle.NettoyageDuTexte;

/**
 * How a text field of a form or of a JSON body is cleaned, told by its name: a field is one line
 * unless it is named here. A new text area (or a JSON text of several lines) adds its name here.
 */
enum FormeDeSaisie {

	UNE_LIGNE,

	PLUSIEURS_LIGNES,

	/**
	 * One line, but checked further by a rule of its own that says why it refuses a line break (the
	 * display name, written in mails): each line is cleaned as one, and the breaks stay for that rule
	 * to see, where turning them into spaces would hide them.
	 */
	UNE_LIGNE_VERIFIEE_PLUS_LOIN,

	/**
	 * A password, kept exactly as typed: spaces, accents as they came, every character. AVA never
	 * stores nor shows it (only its BCrypt hash), so it cannot break a document, and changing it here
	 * would change the hash of every existing password that holds such a character, and lock its
	 * owner out.
	 */
	SECRET;

	/** The pasted text of an analysis, the builder's text areas, the message of a decision on a request. */
	private static final Set<String> SUR_PLUSIEURS_LIGNES = Set.of("texte", "activitesPropres", "competencesPropres",
			"relations", "finalite", "profil", "contact", "message");

	private static final Set<String> LIGNES_VERIFIEES_PLUS_LOIN = Set.of("nomAffiche");

	private static final Pattern RETOURS_A_LA_LIGNE = Pattern.compile("\r\n?|[\n\u0085\u2028\u2029]");

	/** A self-assessment's answers: {@code e_<code>} an activity's example, {@code t_<code>} a value's note. */
	private static final List<String> PREFIXES_SUR_PLUSIEURS_LIGNES = List.of("e_", "t_");

	/** The password typed to log in, to change it, to confirm it, to delete one's account. */
	private static final Set<String> SECRETS = Set.of("motDePasse", "motDePasseActuel", "confirmation");

	static FormeDeSaisie duChamp(String nom) {
		if (SECRETS.contains(nom)) {
			return SECRET;
		}
		if (LIGNES_VERIFIEES_PLUS_LOIN.contains(nom)) {
			return UNE_LIGNE_VERIFIEE_PLUS_LOIN;
		}
		if (SUR_PLUSIEURS_LIGNES.contains(nom) || PREFIXES_SUR_PLUSIEURS_LIGNES.stream().anyMatch(nom::startsWith)) {
			return PLUSIEURS_LIGNES;
		}
		return UNE_LIGNE;
	}

	String nettoyer(String saisi) {
		return switch (this) {
			case UNE_LIGNE -> NettoyageDuTexte.uneLigne(saisi);
			case PLUSIEURS_LIGNES -> NettoyageDuTexte.plusieursLignes(saisi);
			case UNE_LIGNE_VERIFIEE_PLUS_LOIN -> RETOURS_A_LA_LIGNE.splitAsStream(saisi.strip())
				.map(NettoyageDuTexte::uneLigne)
				.collect(Collectors.joining("\n"));
			case SECRET -> saisi;
		};
	}

}
