package fr.ava.recherche;

import java.util.List;

import fr.ava.referentiel.Nature;

/** What a search found in one version, grouped by kind of item, best matches first in each group. */
public record ResultatsDeRecherche(String version, String requete, int total, List<Groupe> groupes) {

	public record Groupe(Nature nature, String libelle, List<Resultat> resultats) {
	}

	public static ResultatsDeRecherche vide(String version, String requete) {
		return new ResultatsDeRecherche(version, requete, 0, List.of());
	}

}
