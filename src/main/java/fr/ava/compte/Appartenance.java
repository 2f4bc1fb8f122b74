package fr.ava.compte;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An account's membership of a structure, with the structure's identity. */
public record Appartenance(UUID id, UUID structureId, TypeDeStructure type, String nom, @Nullable String siren,
		@Nullable String rna, RoleDansLaStructure role) {
}
