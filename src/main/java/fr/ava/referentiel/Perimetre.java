package fr.ava.referentiel;

import java.util.List;
import java.util.stream.Stream;

/**
 * A mission or a function: both are described the same way in the source (description items,
 * associated competencies and know-how, examples of activities).
 */
public sealed interface Perimetre permits Mission, Fonction {

	Code code();

	String slug();

	String libelle();

	Nature nature();

	List<Element> description();

	List<Element> competences();

	List<Element> activites();

	default Stream<Element> elements() {
		return Stream.of(description(), competences(), activites()).flatMap(List::stream);
	}

}
