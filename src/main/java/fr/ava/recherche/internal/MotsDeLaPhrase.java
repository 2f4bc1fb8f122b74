package fr.ava.recherche.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sentence as the matcher reads it: its analysed words and where each stands. */
public final class MotsDeLaPhrase {

	private static final int[] AUCUNE = new int[0];

	private final Map<String, int[]> positions = new HashMap<>();

	public MotsDeLaPhrase(List<AnalyseurDuRapprochement.Mot> mots) {
		for (var mot : mots) {
			positions.merge(mot.terme(), new int[] { mot.position() }, MotsDeLaPhrase::ajouter);
		}
	}

	private static int[] ajouter(int[] avant, int[] nouvelle) {
		var toutes = Arrays.copyOf(avant, avant.length + 1);
		toutes[avant.length] = nouvelle[0];
		return toutes;
	}

	public Set<String> termes() {
		return positions.keySet();
	}

	public boolean contient(String terme) {
		return positions.containsKey(terme);
	}

	public int[] positions(String terme) {
		return positions.getOrDefault(terme, AUCUNE);
	}

}
