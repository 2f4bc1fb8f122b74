package fr.ava.fichedeposte.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fr.ava.fichedeposte.DocumentsDeFiche;

/** The download of a job description's file, under the name taken from its title. */
final class Telechargements {

	static final MediaType DOCX = MediaType.parseMediaType(DocumentsDeFiche.DOCX);

	private Telechargements() {
	}

	static ResponseEntity<byte[]> telecharger(DocumentsDeFiche.Document document, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.nomDeFichier()).build().toString())
			.body(document.octets());
	}

}
