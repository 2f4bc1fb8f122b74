package fr.ava.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Sample uploads, built by the tests: nothing binary is committed. */
public final class Echantillons {

	private static final int MO = 1024 * 1024;

	private Echantillons() {
	}

	/** A PDF with one page per argument, each line of it on a line of the page. */
	public static byte[] pdf(String... pages) {
		try (var document = pdfDe(pages)) {
			return enregistrer(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] pdfProtegeParMotDePasse(String texte) {
		try (var document = pdfDe(texte)) {
			var protection = new StandardProtectionPolicy("proprietaire", "secret", new AccessPermission());
			protection.setEncryptionKeyLength(256);
			document.protect(protection);
			return enregistrer(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a scanner gives: pages that are only pictures. */
	public static byte[] pdfScanne(int pages) {
		try (var document = new PDDocument()) {
			var scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
			var dessin = scan.createGraphics();
			dessin.setColor(Color.WHITE);
			dessin.fillRect(0, 0, 200, 280);
			dessin.setColor(Color.BLACK);
			dessin.drawString("Fiche de poste", 20, 40);
			dessin.dispose();
			var image = LosslessFactory.createFromImage(document, scan);
			for (int i = 0; i < pages; i++) {
				var page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (var contenu = new PDPageContentStream(document, page)) {
					contenu.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
			}
			return enregistrer(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A DOCX: a title, the paragraphs, then the bullets as a Word bulleted list. */
	public static byte[] docx(String titre, String[] paragraphes, String... puces) {
		try (var document = new XWPFDocument()) {
			var run = document.createParagraph().createRun();
			run.setBold(true);
			run.setText(titre);
			for (var paragraphe : paragraphes) {
				document.createParagraph().createRun().setText(paragraphe);
			}
			var numerotation = document.createNumbering();
			var liste = CTAbstractNum.Factory.newInstance();
			liste.setAbstractNumId(BigInteger.ZERO);
			var niveau = liste.addNewLvl();
			niveau.setIlvl(BigInteger.ZERO);
			niveau.addNewNumFmt().setVal(STNumberFormat.BULLET);
			niveau.addNewLvlText().setVal("\uF0B7");
			var numero = numerotation.addNum(numerotation.addAbstractNum(new XWPFAbstractNum(liste)));
			for (var puce : puces) {
				var paragraphe = document.createParagraph();
				paragraphe.setNumID(numero);
				paragraphe.setNumILvl(BigInteger.ZERO);
				paragraphe.createRun().setText(puce);
			}
			var sortie = new ByteArrayOutputStream();
			document.write(sortie);
			return sortie.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A DOCX saved with a password, as Word does it: the package encrypted inside an OLE container. */
	public static byte[] docxProtegeParMotDePasse(byte[] docx) {
		try (var conteneur = new POIFSFileSystem()) {
			var chiffrement = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			chiffrement.confirmPassword("secret");
			try (var paquet = OPCPackage.open(new ByteArrayInputStream(docx));
					OutputStream chiffre = chiffrement.getDataStream(conteneur)) {
				paquet.save(chiffre);
			}
			var sortie = new ByteArrayOutputStream();
			conteneur.writeFilesystem(sortie);
			return sortie.toByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A DOCX whose text part ends with {@code megaOctets} of spaces, legal XML that compresses a
	 * thousand times: a decompression bomb.
	 */
	public static byte[] docxPiege(byte[] docx, int megaOctets) {
		var entrees = new LinkedHashMap<String, byte[]>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entree = zip.getNextEntry(); entree != null; entree = zip.getNextEntry()) {
				entrees.put(entree.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var sortie = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(sortie)) {
			for (var entree : entrees.entrySet()) {
				zip.putNextEntry(new ZipEntry(entree.getKey()));
				zip.write(entree.getValue());
				if (entree.getKey().equals("word/document.xml")) {
					ecrireRepete(zip, (byte) ' ', (long) megaOctets * MO);
				}
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sortie.toByteArray();
	}

	/** An ODT as LibreOffice writes it, reduced to what the format requires, with its page count. */
	public static byte[] odt(int pages, String titre, String... paragraphes) {
		var contenu = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
				<office:body><office:text>
				""");
		contenu.append("<text:h text:outline-level=\"1\">").append(titre).append("</text:h>\n");
		for (var paragraphe : paragraphes) {
			contenu.append("<text:p>").append(paragraphe).append("</text:p>\n");
		}
		contenu.append("</office:text></office:body></office:document-content>\n");
		var meta = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">
				<office:meta><meta:document-statistic meta:page-count="%d"/></office:meta></office:document-meta>
				""".formatted(pages);
		var manifeste = """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
				 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
				 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
				 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
				</manifest:manifest>
				""";
		var sortie = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(sortie)) {
			// The format wants its media type first, uncompressed.
			var typeMime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			var premiere = new ZipEntry("mimetype");
			premiere.setMethod(ZipEntry.STORED);
			premiere.setSize(typeMime.length);
			var crc = new CRC32();
			crc.update(typeMime);
			premiere.setCrc(crc.getValue());
			zip.putNextEntry(premiere);
			zip.write(typeMime);
			ajouter(zip, "content.xml", contenu.toString().getBytes(StandardCharsets.UTF_8));
			ajouter(zip, "meta.xml", meta.getBytes(StandardCharsets.UTF_8));
			ajouter(zip, "META-INF/manifest.xml", manifeste.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sortie.toByteArray();
	}

	public static byte[] rtf(String rtf) {
		return rtf.getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] texte(String texte, Charset encodage) {
		return texte.getBytes(encodage);
	}

	public static byte[] png() {
		try {
			var sortie = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", sortie);
			return sortie.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xlsx() {
		try (var classeur = new XSSFWorkbook()) {
			classeur.createSheet("Postes").createRow(0).createCell(0).setCellValue("Chargée de mission");
			var sortie = new ByteArrayOutputStream();
			classeur.write(sortie);
			return sortie.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The start of a Windows program: the "MZ" header and its DOS stub. */
	public static byte[] programmeWindows() {
		var programme = new byte[1024];
		new Random(7).nextBytes(programme);
		programme[0] = 'M';
		programme[1] = 'Z';
		var stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, programme, 0x4E, stub.length);
		return programme;
	}

	/** A PDF header followed by noise: a file cut or damaged on its way. */
	public static byte[] pdfEndommage() {
		var bruit = new byte[4096];
		new Random(42).nextBytes(bruit);
		var debut = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(debut, 0, bruit, 0, debut.length);
		return bruit;
	}

	public static byte[] octets(int megaOctets, char octet) {
		var contenu = new byte[megaOctets * MO];
		Arrays.fill(contenu, (byte) octet);
		return contenu;
	}

	/** A ZIP archive of the given files, in this order; a name ending with "/" is a directory. */
	public static byte[] zip(Map<String, byte[]> fichiers) {
		var sortie = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(sortie)) {
			for (var fichier : fichiers.entrySet()) {
				ajouter(zip, fichier.getKey(), fichier.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sortie.toByteArray();
	}

	/** A ZIP archive of one file of {@code megaOctets} zeros, generated while compressed: a few hundred kilobytes. */
	public static byte[] bombeZip(String nom, int megaOctets) {
		var sortie = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(sortie)) {
			zip.putNextEntry(new ZipEntry(nom));
			ecrireRepete(zip, (byte) 0, (long) megaOctets * MO);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sortie.toByteArray();
	}

	/** {@code fichiers} files of {@code megaOctets} each, that compress about twenty times: no bomb, but a lot. */
	public static byte[] zipVolumineux(int fichiers, int megaOctets) {
		var contenu = new byte[megaOctets * MO];
		var hasard = new Random(3);
		for (int i = 0; i < contenu.length; i += 50) {
			contenu[i] = (byte) hasard.nextInt();
		}
		var sortie = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(sortie)) {
			for (int i = 1; i <= fichiers; i++) {
				ajouter(zip, "fiche-" + i + ".txt", contenu);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sortie.toByteArray();
	}

	private static PDDocument pdfDe(String... pages) throws IOException {
		var document = new PDDocument();
		var police = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		for (var texte : pages) {
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (var contenu = new PDPageContentStream(document, page)) {
				contenu.beginText();
				contenu.setFont(police, 11);
				contenu.setLeading(16);
				contenu.newLineAtOffset(60, 780);
				for (var ligne : texte.split("\n")) {
					contenu.showText(ligne);
					contenu.newLine();
				}
				contenu.endText();
			}
		}
		return document;
	}

	private static byte[] enregistrer(PDDocument document) throws IOException {
		var sortie = new ByteArrayOutputStream();
		document.save(sortie);
		return sortie.toByteArray();
	}

	private static void ajouter(ZipOutputStream zip, String nom, byte[] contenu) throws IOException {
		zip.putNextEntry(new ZipEntry(nom));
		zip.write(contenu);
		zip.closeEntry();
	}

	private static void ecrireRepete(OutputStream sortie, byte octet, long longueur) throws IOException {
		var bloc = new byte[MO];
		Arrays.fill(bloc, octet);
		for (long ecrits = 0; ecrits < longueur; ecrits += bloc.length) {
			sortie.write(bloc);
		}
	}

}
