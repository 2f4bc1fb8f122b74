package fr.ava.fichedeposte;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A job description saved by an account: private to it, tied to the version it was built on. */
public record FicheEnregistree(UUID id, UUID compteId, Instant creeLe, Instant modifieLe, FicheDePoste fiche) {

	/** The day it was last changed, in France. */
	public LocalDate modifieeLe() {
		return LocalDate.ofInstant(modifieLe, ZoneId.of("Europe/Paris"));
	}

}
