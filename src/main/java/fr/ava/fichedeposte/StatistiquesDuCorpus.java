package fr.ava.fichedeposte;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.ava.referentiel.Referentiel;

/**
 * How often each mission and function appears over the files of a corpus that could be read, in all
 * and by type of employer and of territory (only the types the corpus holds).
 */
public record StatistiquesDuCorpus(CorpusDeFiches corpus, List<FicheDuCorpus> fiches, List<TypeDEmployeur> employeurs,
		List<TypeDeTerritoire> territoires, List<Ligne> lignes) {

	public StatistiquesDuCorpus {
		fiches = List.copyOf(fiches);
		employeurs = List.copyOf(employeurs);
		territoires = List.copyOf(territoires);
		lignes = List.copyOf(lignes);
	}

	static StatistiquesDuCorpus de(CorpusDeFiches corpus, List<FicheDuCorpus> fiches, Referentiel referentiel) {
		var lues = fiches.stream().filter(FicheDuCorpus::estLue).toList();
		var employeurs = presents(TypeDEmployeur.values(), lues, FicheDuCorpus::employeur);
		var territoires = presents(TypeDeTerritoire.values(), lues, FicheDuCorpus::territoire);
		var lignes = Stream
			.concat(referentiel.missions().stream().map(m -> Map.entry(m.code().toString(), m.libelle())),
					referentiel.fonctions().stream().map(f -> Map.entry(f.code().toString(), f.libelle())))
			.map(entree -> {
				var avec = lues.stream().filter(fiche -> fiche.codes().contains(entree.getKey())).toList();
				return new Ligne(entree.getKey(), entree.getValue(), avec.size(),
						compte(avec, FicheDuCorpus::employeur, TypeDEmployeur.class),
						compte(avec, FicheDuCorpus::territoire, TypeDeTerritoire.class));
			})
			.toList();
		return new StatistiquesDuCorpus(corpus, fiches, employeurs, territoires, lignes);
	}

	public List<FicheDuCorpus> lues() {
		return fiches.stream().filter(FicheDuCorpus::estLue).toList();
	}

	public List<FicheDuCorpus> refusees() {
		return fiches.stream().filter(fiche -> !fiche.estLue()).toList();
	}

	public long lues(TypeDEmployeur employeur) {
		return lues().stream().filter(fiche -> fiche.employeur() == employeur).count();
	}

	public long lues(TypeDeTerritoire territoire) {
		return lues().stream().filter(fiche -> fiche.territoire() == territoire).count();
	}

	/** A share in whole per cent, 0 when there is nothing to share. */
	public static long part(long nombre, long sur) {
		return sur == 0 ? 0 : Math.round(100.0 * nombre / sur);
	}

	private static <T extends Enum<T>> List<T> presents(T[] types, List<FicheDuCorpus> fiches, Function<FicheDuCorpus, T> type) {
		return Arrays.stream(types).filter(t -> fiches.stream().anyMatch(fiche -> type.apply(fiche) == t)).toList();
	}

	private static <T extends Enum<T>> Map<T, Long> compte(List<FicheDuCorpus> fiches, Function<FicheDuCorpus, T> type,
			Class<T> classe) {
		var comptes = new EnumMap<T, Long>(classe);
		Arrays.stream(classe.getEnumConstants()).forEach(t -> comptes.put(t, 0L));
		comptes.putAll(fiches.stream().collect(Collectors.groupingBy(type, Collectors.counting())));
		return comptes;
	}

	/** A mission or function: in how many files it was found, in all and by type. */
	public record Ligne(String code, String libelle, long fiches, Map<TypeDEmployeur, Long> parEmployeur,
			Map<TypeDeTerritoire, Long> parTerritoire) {

		public Ligne {
			parEmployeur = Map.copyOf(parEmployeur);
			parTerritoire = Map.copyOf(parTerritoire);
		}

		/** Its share of the files read, in whole per cent. */
		public long part(long lues) {
			return StatistiquesDuCorpus.part(fiches, lues);
		}

	}

}
