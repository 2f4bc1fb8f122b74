package fr.ava.recherche.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * How to read a job description ({@code recherche/rapprochement/lecture.yaml}): the words of the
 * headings that open each rubrique, and the patterns of the sentences that say nothing of the job.
 */
public final class LectureDesFiches {

	static final String FICHIER = "recherche/rapprochement/lecture.yaml";

	private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

	/** How far into a sentence of the missions a pattern of noise may start. */
	private static final int DEBUT_D_UNE_PHRASE = 20;

	private static final Pattern APOSTROPHES = Pattern.compile("[’ʼ`´]");

	private final Map<RubriqueDeFiche, Pattern> titres = new LinkedHashMap<>();

	private final List<Pattern> bruit = new ArrayList<>();

	private final List<Pattern> bruitDuProfil = new ArrayList<>();

	record Fichier(Map<RubriqueDeFiche, List<String>> rubriques, List<String> bruit, List<String> bruitDuProfil) {
	}

	public LectureDesFiches() {
		Fichier fichier;
		try (var entree = new ClassPathResource(FICHIER).getInputStream()) {
			fichier = YAMLMapper.builder().build().readValue(entree, Fichier.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		fichier.rubriques().forEach((rubrique, mots) -> titres.put(rubrique, Pattern.compile(
				"^(" + String.join("|", mots.stream().map(Pattern::quote).toList()) + ")\\b")));
		fichier.bruit().forEach(motif -> bruit.add(Pattern.compile(motif)));
		fichier.bruitDuProfil().forEach(motif -> bruitDuProfil.add(Pattern.compile(motif)));
	}

	/** The rubrique a heading opens, if it names one. */
	Optional<RubriqueDeFiche> rubriqueDuTitre(String titre) {
		var normal = sansDeterminant(normaliser(titre));
		return titres.entrySet()
			.stream()
			.filter(titreDe -> titreDe.getValue().matcher(normal).find())
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * Whether a sentence says nothing of the job. Among the missions, the pattern must open the
	 * sentence: "Permis B souhaité" is noise, not "conseiller sur le choix du contrat (CDI, CDD)".
	 */
	boolean estDuBruit(String phrase, RubriqueDeFiche rubrique) {
		if (rubrique == RubriqueDeFiche.CONDITIONS) {
			return true;
		}
		var normal = normaliser(phrase);
		int debutMaximal = rubrique == RubriqueDeFiche.MISSIONS ? DEBUT_D_UNE_PHRASE : normal.length();
		return bruit.stream().anyMatch(motif -> {
			var trouve = motif.matcher(normal);
			return trouve.find() && trouve.start() <= debutMaximal;
		}) || (rubrique == RubriqueDeFiche.PROFIL && bruitDuProfil.stream().anyMatch(motif -> motif.matcher(normal).find()));
	}

	/** Lower case, without accents, with straight apostrophes. */
	static String normaliser(String texte) {
		var sansAccents = ACCENTS.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
		return APOSTROPHES.matcher(sansAccents.toLowerCase(Locale.FRENCH)).replaceAll("'").strip();
	}

	private static String sansDeterminant(String titre) {
		return titre.replaceFirst("^(vos|votre|nos|notre|le|la|les|l'|des|du|de la|de l')\\s*", "");
	}

}
