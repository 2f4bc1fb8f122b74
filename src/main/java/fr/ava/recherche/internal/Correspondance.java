package fr.ava.recherche.internal;

/**
 * A sentence matches an item of the framework.
 * @param perimetre the index of the item's mission or function in the version's order
 * @param score in [0, 1], before the weight of the sentence's rubrique
 */
public record Correspondance(String code, int perimetre, double score) {
}
