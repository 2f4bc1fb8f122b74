package fr.ava.referentiel;

/** A version of the framework has just been published: it is readable and immutable from now on. */
public record VersionPubliee(Version.Numero numero) {
}
