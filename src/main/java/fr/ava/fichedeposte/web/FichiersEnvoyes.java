package fr.ava.fichedeposte.web;

import java.io.IOException;

import org.springframework.web.multipart.MultipartFile;

import fr.ava.fichedeposte.FichierRecu;

/** An uploaded file as the module reads it; a file sent without a name is called "document". */
final class FichiersEnvoyes {

	private FichiersEnvoyes() {
	}

	static FichierRecu recu(MultipartFile fichier) throws IOException {
		var nom = fichier.getOriginalFilename();
		return new FichierRecu(nom == null || nom.isBlank() ? "document" : nom, fichier.getBytes());
	}

}
