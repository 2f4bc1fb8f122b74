package fr.ava.recherche;

/**
 * An item of the framework a sentence matches.
 * @param code the code of a competency, an activity or a description line, or of a mission or function
 *        when the sentence names it
 * @param score in [0, 1]: 1 when the sentence says one of the expressions of the trade listed for the
 *        item, otherwise the share of the item's words (weighted by their rarity in the framework) that
 *        the sentence contains
 */
public record ElementRapproche(String code, double score) {
}
