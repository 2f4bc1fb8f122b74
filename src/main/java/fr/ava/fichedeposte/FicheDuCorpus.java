package fr.ava.fichedeposte;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One file of a corpus: who employs, where, and the missions and functions found in it; {@code refus}
 * says why a file could not be read (its codes are then empty).
 */
public record FicheDuCorpus(String nomDuFichier, TypeDEmployeur employeur, TypeDeTerritoire territoire,
		Set<String> codes, @Nullable String refus) {

	public FicheDuCorpus {
		codes = Set.copyOf(codes);
	}

	/** The codes in the framework's code order (missions, then transversal and specific functions). */
	public List<String> codesTries() {
		return codes.stream().sorted(Comparator.comparing((String code) -> code.charAt(0) != 'M')
			.thenComparing(code -> code.startsWith("FS"))
			.thenComparing(Comparator.naturalOrder())).toList();
	}

	public boolean estLue() {
		return refus == null;
	}

}
