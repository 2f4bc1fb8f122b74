package fr.ava.compte;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account's membership of a structure, with the structure's identity. Joining a structure that
 * already exists is a request until one of its managers decides; {@code message} is theirs, if any.
 */
public record Appartenance(UUID id, UUID structureId, TypeDeStructure type, String nom, @Nullable String siren,
		@Nullable String rna, RoleDansLaStructure role, Statut statut, @Nullable String message) {

	/** Where a request to join stands; only an approved membership opens anything. */
	public enum Statut {

		EN_ATTENTE, APPROUVEE, REFUSEE

	}

	public boolean approuvee() {
		return statut == Statut.APPROUVEE;
	}

}
