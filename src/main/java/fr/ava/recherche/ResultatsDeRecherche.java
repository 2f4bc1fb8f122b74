package fr.ava.recherche;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Nature;

/**
 * What a search found in one version, grouped by kind of item, best matches first in each group.
 * @param element the item whose code was typed ("FT01-C02", "ft01"): then the only result
 * @param suggestions when nothing was found, the same search with its unknown words replaced by the
 * nearest ones the framework writes, each of which finds something
 */
public record ResultatsDeRecherche(String version, String requete, int total, List<Groupe> groupes,
		@Nullable Resultat element, List<String> suggestions) {

	public ResultatsDeRecherche {
		groupes = List.copyOf(groupes);
		suggestions = List.copyOf(suggestions);
	}

	public record Groupe(Nature nature, String libelle, List<Resultat> resultats) {
	}

	public static ResultatsDeRecherche vide(String version, String requete) {
		return new ResultatsDeRecherche(version, requete, 0, List.of(), null, List.of());
	}

}
