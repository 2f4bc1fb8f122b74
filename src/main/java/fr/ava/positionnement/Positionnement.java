package fr.ava.positionnement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Version;

/**
 * A self-assessment: its author, the version it was made on (it stays tied to it), the missions and
 * functions of the person's post, and the answers by item code.
 */
public record Positionnement(UUID id, UUID compteId, Version.Numero version, Instant creeLe, Instant modifieLe,
		@Nullable Instant termineLe, List<Code> perimetres, Map<Code, Reponse> reponses) {

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

	/** The day it was started, in France. */
	public LocalDate commenceLe() {
		return LocalDate.ofInstant(creeLe, ZoneId.of("Europe/Paris"));
	}

}
