package fr.ava.fichedeposte.web;

import java.io.IOException;
import java.util.Objects;

import org.springframework.web.multipart.MultipartFile;

import fr.ava.document.FichierRecu;
import fr.ava.socle.NettoyageDuTexte;

/**
 * An uploaded file as the module reads it, its name cleaned as any text that enters; a file sent
 * without a name is called "document".
 */
final class FichiersEnvoyes {

	private FichiersEnvoyes() {
	}

	static FichierRecu recu(MultipartFile fichier) throws IOException {
		var nom = NettoyageDuTexte.uneLigne(Objects.requireNonNullElse(fichier.getOriginalFilename(), ""));
		return new FichierRecu(nom.isEmpty() ? "document" : nom, fichier.getBytes());
	}

}
