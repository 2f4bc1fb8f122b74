package fr.ava.referentiel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item of the framework: a description line, a competency, an activity, a value, a paragraph
 * of the context. Its text is the collective's, word for word.
 */
public record Element(Code code, Nature nature, @Nullable String titre, @Nullable String texte,
		List<Element> elements) {

	public Element {
		if (titre == null && texte == null) {
			throw new IllegalArgumentException("L'élément " + code + " n'a ni titre ni texte");
		}
		elements = List.copyOf(elements);
	}

	public static Element of(String code, Nature nature, String texte) {
		return new Element(Code.of(code), nature, null, texte, List.of());
	}

	/** The text to show where one line is wanted: the title and the text joined as in the source. */
	public String libelle() {
		if (titre == null) {
			return texte;
		}
		return texte == null ? titre : titre + " : " + texte;
	}

}
