package fr.ava.referentiel;

import java.util.List;

/** One of the three accompaniment missions. */
public record Mission(Code code, String slug, String libelle, List<Element> description, List<Element> competences,
		List<Element> activites) implements Perimetre {

	public Mission {
		description = List.copyOf(description);
		competences = List.copyOf(competences);
		activites = List.copyOf(activites);
	}

	@Override
	public Nature nature() {
		return Nature.MISSION;
	}

}
