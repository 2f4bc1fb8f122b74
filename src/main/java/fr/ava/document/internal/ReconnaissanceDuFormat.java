package fr.ava.document.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tells a file's format from its content alone, with Tika's detectors (magic bytes, then the
 * entries of ZIP and OLE containers): the name its sender gave is never trusted.
 */
public final class ReconnaissanceDuFormat {

	private static final Detector DETECTEUR = new DefaultDetector();

	/** What Word and LibreOffice write when a document is saved with a password: an encrypted OLE container. */
	private static final MediaType OOXML_CHIFFRE = MediaType.application("x-tika-ooxml-protected");

	private static final Set<MediaType> ARCHIVES = Set.of(MediaType.APPLICATION_ZIP,
			MediaType.application("x-7z-compressed"), MediaType.application("x-rar-compressed"),
			MediaType.application("gzip"), MediaType.application("x-tar"), MediaType.application("x-bzip2"),
			MediaType.application("x-xz"));

	private ReconnaissanceDuFormat() {
	}

	/** The media type of the content, {@code application/octet-stream} when nothing is recognised. */
	public static MediaType typeDe(byte[] contenu) throws IOException {
		try (var flux = TikaInputStream.get(contenu)) {
			return DETECTEUR.detect(flux, new Metadata());
		}
	}

	/** A plain archive (ZIP, 7z, RAR, tar, gzip…), not a document that is a ZIP inside (DOCX, ODT, XLSX). */
	public static boolean estUneArchive(MediaType type) {
		return ARCHIVES.contains(type.getBaseType());
	}

	public static boolean estChiffre(MediaType type) {
		return OOXML_CHIFFRE.equals(type.getBaseType());
	}

	public static Optional<FormatDeDocument> formatDe(MediaType type) {
		return Arrays.stream(FormatDeDocument.values())
			.filter(format -> format.type().equals(type.getBaseType()))
			.findFirst();
	}

}
