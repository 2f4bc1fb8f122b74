package fr.ava.document;

/**
 * The text read from an uploaded document, normalised: NFC, one {@code \n} per line break, at most one
 * blank line in a row, no control characters.
 * @param type the format found in the content: {@code PDF}, {@code DOCX}, {@code ODT}, {@code RTF} or {@code TXT}
 * @param pages the document's page count, or an estimate from the text's length where the format has none
 */
public record TexteLu(String nomDuFichier, String type, String texte, int pages) {
}
