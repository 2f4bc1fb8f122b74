package fr.ava.fichedeposte.web;

import java.util.ArrayList;
import java.util.List;

import fr.ava.fichedeposte.StatistiquesDuCorpus;
import fr.ava.socle.TableurFrancais;

/**
 * The figures of a corpus for a spreadsheet: one line per mission and function, the number of files
 * showing it and its share, then the same by type of employer and of territory (the group's size in the
 * column's name).
 */
final class CsvDuCorpus {

	private CsvDuCorpus() {
	}

	static String de(StatistiquesDuCorpus stats) {
		var lues = stats.lues().size();
		var entete = new ArrayList<String>(List.of("code", "libellé", "fiches (sur " + lues + ")", "part (%)"));
		stats.employeurs().forEach(e -> entete.add(e.libelle() + " (sur " + stats.lues(e) + ")"));
		stats.territoires().forEach(t -> entete.add(t.libelle() + " (sur " + stats.lues(t) + ")"));
		var lignes = stats.lignes().stream().map(ligne -> {
			var valeurs = new ArrayList<Object>(List.of(ligne.code(), ligne.libelle(), ligne.fiches(), ligne.part(lues)));
			stats.employeurs().forEach(e -> valeurs.add(ligne.parEmployeur().get(e)));
			stats.territoires().forEach(t -> valeurs.add(ligne.parTerritoire().get(t)));
			return valeurs;
		}).toList();
		return TableurFrancais.ecrire(entete, lignes);
	}

}
