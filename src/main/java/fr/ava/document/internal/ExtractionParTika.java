package fr.ava.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import fr.ava.document.DocumentRefuse;
import fr.ava.document.DocumentRefuse.Motif;

/** The text of a PDF, DOCX, ODT or RTF document, read by Tika's parser for that format and no other. */
final class ExtractionParTika {

	private static final Logger journal = LoggerFactory.getLogger(ExtractionParTika.class);

	private static final Map<FormatDeDocument, Parser> PARSEURS = Map.of(FormatDeDocument.PDF, new PDFParser(),
			FormatDeDocument.DOCX, new OOXMLParser(), FormatDeDocument.ODT, new OpenDocumentParser(), FormatDeDocument.RTF,
			new RTFParser());

	/** POI's default: an entry of an OOXML file may not inflate more than a hundred times. */
	private static final double RATIO_DE_COMPRESSION_MIN = 0.01;

	static {
		// Loading Tika's OOXML parser (above) turns POI's zip-bomb check off for the whole JVM, since Tika's
		// AutoDetectParser has a check of its own; the parsers are called directly here: turn it back on.
		ZipSecureFile.setMinInflateRatio(RATIO_DE_COMPRESSION_MIN);
	}

	/** Embedded files (images, spreadsheets, attachments) are not the text of a fiche de poste: never opened. */
	private static final EmbeddedDocumentExtractor SANS_FICHIERS_INCORPORES = new EmbeddedDocumentExtractor() {

		@Override
		public boolean shouldParseEmbedded(Metadata metadata) {
			return false;
		}

		@Override
		public void parseEmbedded(InputStream flux, ContentHandler sortie, Metadata metadata,
				boolean texteExterne) {
			// Never called: shouldParseEmbedded says no.
		}

	};

	private final int caracteresMax;

	private final int pagesMax;

	private final Duration dureeMax;

	ExtractionParTika(int caracteresMax, int pagesMax, Duration dureeMax) {
		this.caracteresMax = caracteresMax;
		this.pagesMax = pagesMax;
		this.dureeMax = dureeMax;
	}

	record Extrait(String texte, OptionalInt pagesDeclarees) {
	}

	Extrait extraire(String nomDuFichier, FormatDeDocument format, byte[] contenu) {
		var metadata = new Metadata();
		var sortie = new SortieBornee(nomDuFichier, metadata, caracteresMax, pagesMax,
				System.nanoTime() + dureeMax.toNanos());
		try (var flux = TikaInputStream.get(contenu)) {
			PARSEURS.get(format).parse(flux, sortie, metadata, contexte());
		}
		catch (TikaException | IOException | SAXException | RuntimeException echec) {
			throw refus(nomDuFichier, sortie, echec);
		}
		if (sortie.arret().isPresent()) {
			throw sortie.arret().get();
		}
		return new Extrait(sortie.toString(), PagesDeclarees.de(metadata));
	}

	private DocumentRefuse refus(String nomDuFichier, SortieBornee sortie, Exception echec) {
		if (sortie.arret().isPresent()) {
			return sortie.arret().get();
		}
		if (WriteLimitReachedException.isWriteLimitReached(echec)) {
			return new DocumentRefuse(Motif.TROP_LONG, nomDuFichier, pagesMax, LectureDUnDocument.CARACTERES_PAR_PAGE);
		}
		for (Throwable cause = echec; cause != null; cause = cause.getCause()) {
			if (cause instanceof EncryptedDocumentException) {
				return new DocumentRefuse(Motif.PROTEGE, nomDuFichier);
			}
		}
		journal.debug("Document illisible : {}", nomDuFichier, echec);
		return new DocumentRefuse(Motif.ILLISIBLE, nomDuFichier);
	}

	private static ParseContext contexte() {
		var pdf = new PDFParserConfig();
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setExtractBookmarksText(false);
		pdf.setExtractAnnotationText(false);
		var office = new OfficeParserConfig();
		office.setUseSAXDocxExtractor(true);
		var contexte = new ParseContext();
		contexte.set(PDFParserConfig.class, pdf);
		contexte.set(OfficeParserConfig.class, office);
		contexte.set(EmbeddedDocumentExtractor.class, SANS_FICHIERS_INCORPORES);
		return contexte;
	}

}
