package fr.ava.fichedeposte;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An analysis a person chose to keep: the text of the job description (the uploaded file itself is
 * never kept), the version it was read against, and the name they gave it.
 */
public record AnalyseEnregistree(UUID id, UUID compteId, String nom, String version, String texte,
		@Nullable String source, Instant enregistreeLe) {

	/** The day it was kept, in France. */
	public LocalDate jour() {
		return LocalDate.ofInstant(enregistreeLe, ZoneId.of("Europe/Paris"));
	}

}
