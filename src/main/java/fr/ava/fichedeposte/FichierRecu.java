package fr.ava.fichedeposte;

/** A file as uploaded: the name its sender gave it and its bytes, not yet trusted. */
public record FichierRecu(String nom, byte[] contenu) {
}
