package fr.ava.referentiel;

import java.util.List;

/** A transversal or specific function of the job. */
public record Fonction(Code code, String slug, String libelle, Nature nature, List<Element> description,
		List<Element> competences, List<Element> activites) implements Perimetre {

	public Fonction {
		if (nature != Nature.FONCTION_TRANSVERSALE && nature != Nature.FONCTION_SPECIFIQUE) {
			throw new IllegalArgumentException("Une fonction est transversale ou spécifique, pas " + nature);
		}
		description = List.copyOf(description);
		competences = List.copyOf(competences);
		activites = List.copyOf(activites);
	}

	public boolean estTransversale() {
		return nature == Nature.FONCTION_TRANSVERSALE;
	}

}
