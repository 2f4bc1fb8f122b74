/**
 * La lecture des documents reçus : un fichier envoyé (PDF, DOCX, ODT, RTF ou texte, reconnu à son
 * contenu) ou une archive ZIP devient du texte normalisé, avec chaque borne et chaque refus en français
 * (taille, format, protection, bombe de décompression, nombre de fichiers). Rien n'est enregistré ici.
 * Les fiches de poste l'utilisent pour l'analyse et le corpus ; la formation l'utilisera pour importer
 * des catalogues.
 */
@NullMarked
package fr.ava.document;

import org.jspecify.annotations.NullMarked;
