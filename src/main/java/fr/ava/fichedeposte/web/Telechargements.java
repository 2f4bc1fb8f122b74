package fr.ava.fichedeposte.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.ava.fichedeposte.DocumentsDeFiche;

/** A file to download: a job description's, under the name taken from its title, or a corpus's figures. */
final class Telechargements {

	static final MediaType DOCX = MediaType.parseMediaType(DocumentsDeFiche.DOCX);

	private Telechargements() {
	}

	static ResponseEntity<byte[]> telecharger(DocumentsDeFiche.Document document, MediaType type) {
		return telecharger(document.nomDeFichier(), document.octets(), type);
	}

	static ResponseEntity<byte[]> telecharger(String nomDeFichier, byte[] octets, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nomDeFichier).build().toString())
			.body(octets);
	}

}
