package fr.ava.document;

import org.jspecify.annotations.Nullable;

/**
 * One document of a corpus upload: its text, or the French reason why it was refused.
 * @param texte the text read, {@code null} if the document was refused
 * @param refus the reason, in French, {@code null} if the document was read
 */
public record LectureDuCorpus(String nomDuFichier, @Nullable TexteLu texte, @Nullable String refus) {
}
