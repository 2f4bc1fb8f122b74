package fr.ava.fichedeposte;

import java.time.Instant;
import java.util.UUID;

/** A corpus of job descriptions gathered by curators, read against one version of the framework. */
public record CorpusDeFiches(UUID id, String nom, String version, Instant creeLe, int fiches) {
}
