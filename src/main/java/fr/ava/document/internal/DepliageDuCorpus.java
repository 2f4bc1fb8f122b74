package fr.ava.document.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.mime.MediaType;

import fr.ava.document.DocumentRefuse;
import fr.ava.document.DocumentRefuse.Motif;
import fr.ava.document.FichierRecu;

/**
 * Turns a corpus upload into the documents to read: each file as it is, each ZIP archive replaced by
 * the files it holds (one level: an archive inside is refused). Directories and the files operating
 * systems add on their own (macOS resource forks, {@code .DS_Store}, {@code Thumbs.db}) are left out.
 */
public final class DepliageDuCorpus {

	static final int FICHIERS_MAX = 200;

	private static final long OCTETS_DECOMPRESSES_MAX = 100L * 1024 * 1024;

	private static final Set<String> FICHIERS_SYSTEME = Set.of("thumbs.db", "desktop.ini");

	private final DecompressionBornee decompression = new DecompressionBornee(LectureDUnDocument.OCTETS_MAX,
			OCTETS_DECOMPRESSES_MAX);

	private final List<FichierRecu> documents = new ArrayList<>();

	private DepliageDuCorpus() {
	}

	/**
	 * @throws DocumentRefuse for the whole upload when an archive is damaged, empty or dangerous, or
	 * when the upload holds more than 200 documents
	 */
	public static List<FichierRecu> deplier(List<FichierRecu> fichiers) {
		var depliage = new DepliageDuCorpus();
		fichiers.forEach(depliage::ajouter);
		return List.copyOf(depliage.documents);
	}

	private void ajouter(FichierRecu fichier) {
		if (type(fichier).equals(MediaType.APPLICATION_ZIP)) {
			deplier(fichier);
		}
		else {
			garder(fichier.nom(), fichier);
		}
	}

	private void deplier(FichierRecu archive) {
		var avant = documents.size();
		try {
			decompression.parcourir(archive.nom(), archive.contenu(), DepliageDuCorpus::estUnDocument,
					(nom, contenu) -> garderUnElement(archive.nom(), new FichierRecu(nom, contenu)));
		}
		catch (IOException illisible) {
			throw new DocumentRefuse(Motif.ARCHIVE_ILLISIBLE, archive.nom());
		}
		if (documents.size() == avant) {
			throw new DocumentRefuse(Motif.ARCHIVE_VIDE, archive.nom());
		}
	}

	private void garderUnElement(String nomDeLArchive, FichierRecu element) {
		if (ReconnaissanceDuFormat.estUneArchive(type(element))) {
			throw new DocumentRefuse(Motif.ARCHIVE_IMBRIQUEE, nomDeLArchive, element.nom());
		}
		garder(nomDeLArchive, element);
	}

	private void garder(String nomDuFichierEnvoye, FichierRecu document) {
		if (documents.size() == FICHIERS_MAX) {
			throw new DocumentRefuse(Motif.TROP_DE_FICHIERS, nomDuFichierEnvoye, FICHIERS_MAX);
		}
		documents.add(document);
	}

	private static MediaType type(FichierRecu fichier) {
		try {
			return ReconnaissanceDuFormat.typeDe(fichier.contenu()).getBaseType();
		}
		catch (IOException illisible) {
			return MediaType.OCTET_STREAM;
		}
	}

	private static boolean estUnDocument(String chemin) {
		return Arrays.stream(chemin.split("/"))
			.noneMatch(partie -> partie.startsWith(".") || partie.equals("__MACOSX")
					|| FICHIERS_SYSTEME.contains(partie.toLowerCase(Locale.ROOT)));
	}

}
