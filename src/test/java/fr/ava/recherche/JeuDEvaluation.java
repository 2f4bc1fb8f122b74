package fr.ava.recherche;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;

/**
 * The labelled job descriptions of {@code src/test/resources/fiches-de-poste/evaluation}: each with its
 * part (training or validation) and the codes of the missions and functions it contains.
 */
record JeuDEvaluation(List<Fiche> fiches) {

	static final String DOSSIER = "fiches-de-poste/evaluation/";

	enum Partie {

		APPRENTISSAGE, VALIDATION

	}

	record Fiche(String fichier, Partie partie, Set<String> codes, String texte) {
	}

	static JeuDEvaluation lu() {
		var fiches = new ArrayList<Fiche>();
		try (var lecteur = new InputStreamReader(new ClassPathResource(DOSSIER + "etiquettes.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
			for (var ligne : format.parse(lecteur)) {
				var codes = Arrays.stream(ligne.get("codes").strip().split("\\s+"))
					.filter(code -> !code.isEmpty())
					.collect(Collectors.toUnmodifiableSet());
				fiches.add(new Fiche(ligne.get("fichier"), Partie.valueOf(ligne.get("partie").toUpperCase()), codes,
						texte(ligne.get("fichier"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new JeuDEvaluation(List.copyOf(fiches));
	}

	private static String texte(String fichier) throws IOException {
		try (var entree = new ClassPathResource(DOSSIER + fichier).getInputStream()) {
			return new String(entree.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	List<Fiche> partie(Partie partie) {
		return fiches.stream().filter(fiche -> fiche.partie() == partie).toList();
	}

}
