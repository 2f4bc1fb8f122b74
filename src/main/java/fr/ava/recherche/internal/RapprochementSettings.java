package fr.ava.recherche.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * The numbers of the matcher ({@code recherche/rapprochement/reglages.properties}): the weight of
 * each rubrique, the weakest evidence kept, and the threshold of presence of each mission and
 * function, learned on the training part of the evaluation set.
 * @param plancher a sentence whose weighted score is lower is no evidence
 * @param force what one sentence of full score in the missions weighs in the coverage: below 1, two
 *        sentences say more than one
 * @param seuilParDefaut the threshold of a code that has none of its own
 */
public record RapprochementSettings(Map<RubriqueDeFiche, Double> poids, double plancher, double force,
		double seuilParDefaut, Map<String, Double> seuils) {

	static final String FICHIER = "recherche/rapprochement/reglages.properties";

	public RapprochementSettings {
		poids = Map.copyOf(poids);
		seuils = Map.copyOf(seuils);
	}

	public static RapprochementSettings lus() {
		var proprietes = new Properties();
		try (var entree = new InputStreamReader(new ClassPathResource(FICHIER).getInputStream(), StandardCharsets.UTF_8)) {
			proprietes.load(entree);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var poids = new EnumMap<RubriqueDeFiche, Double>(RubriqueDeFiche.class);
		for (var rubrique : RubriqueDeFiche.values()) {
			poids.put(rubrique, Double.parseDouble(proprietes.getProperty("poids." + rubrique, "0")));
		}
		var seuils = new HashMap<String, Double>();
		proprietes.stringPropertyNames()
			.stream()
			.filter(nom -> nom.startsWith("seuil."))
			.forEach(nom -> seuils.put(nom.substring("seuil.".length()), Double.parseDouble(proprietes.getProperty(nom))));
		return new RapprochementSettings(poids, Double.parseDouble(proprietes.getProperty("plancher")),
				Double.parseDouble(proprietes.getProperty("force")),
				Double.parseDouble(proprietes.getProperty("seuil-par-defaut")), seuils);
	}

	public double poids(RubriqueDeFiche rubrique) {
		return poids.getOrDefault(rubrique, 0.0);
	}

	public double seuil(String code) {
		return seuils.getOrDefault(code, seuilParDefaut);
	}

	public RapprochementSettings avecPoids(Map<RubriqueDeFiche, Double> autres) {
		return new RapprochementSettings(autres, plancher, force, seuilParDefaut, seuils);
	}

	public RapprochementSettings avecPlancher(double autre) {
		return new RapprochementSettings(poids, autre, force, seuilParDefaut, seuils);
	}

	public RapprochementSettings avecForce(double autre) {
		return new RapprochementSettings(poids, plancher, autre, seuilParDefaut, seuils);
	}

	public RapprochementSettings avecSeuils(double parDefaut, Map<String, Double> autres) {
		return new RapprochementSettings(poids, plancher, force, parDefaut, autres);
	}

}
