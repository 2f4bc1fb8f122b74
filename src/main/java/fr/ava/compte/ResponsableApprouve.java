package fr.ava.compte;

import java.util.UUID;

/** A new manager of a structure was approved: they now read what its members share with it. */
public record ResponsableApprouve(UUID structureId, UUID responsableId) {
}
