package fr.ava.positionnement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Version;

/**
 * A self-assessment: its author, the version it was made on (it stays tied to it), the missions and
 * functions of the person's post, the answers by item code, and the name its author may give it.
 */
public record Positionnement(UUID id, UUID compteId, Version.Numero version, Instant creeLe, Instant modifieLe,
		@Nullable Instant termineLe, List<Code> perimetres, Map<Code, Reponse> reponses, @Nullable String nom) {

	private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	public Positionnement {
		perimetres = List.copyOf(perimetres);
		reponses = Map.copyOf(reponses);
	}

	public boolean estTermine() {
		return termineLe != null;
	}

	public Reponse reponse(Code code) {
		return reponses.getOrDefault(code, Reponse.AUCUNE);
	}

	public @Nullable Niveau niveau(Code competence) {
		return reponse(competence).niveau();
	}

	/** How many of these competencies have a level. */
	public long evaluees(List<Element> competences) {
		return competences.stream().filter(competence -> niveau(competence.code()) != null).count();
	}

	/** Nothing answered yet: no level, frequency, example nor reflection. */
	public boolean estVide() {
		return reponses.values().stream().allMatch(Reponse.AUCUNE::equals);
	}

	/** How pages and the report title it: its name, else the day it was started. */
	public String intitule() {
		return nom != null ? nom : "Positionnement du " + JOUR.format(commenceLe());
	}

	/** The day it was started, in France. */
	public LocalDate commenceLe() {
		return LocalDate.ofInstant(creeLe, ZoneId.of("Europe/Paris"));
	}

}
