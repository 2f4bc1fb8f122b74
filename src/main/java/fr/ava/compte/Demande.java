package fr.ava.compte;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A pending request to join a structure, as those who may decide it see it. */
public record Demande(UUID id, UUID structureId, String structure, String demandeur, RoleDansLaStructure role,
		Instant demandeeLe) {

	public LocalDate demandeeLeJour() {
		return LocalDate.ofInstant(demandeeLe, ZoneId.of("Europe/Paris"));
	}

}
