package fr.ava.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;
import fr.ava.socle.AdressePublique;

/**
 * A version as a printable booklet: the {@code export/livret} template rendered to a tagged
 * PDF/UA (and PDF/A-3u) document, with its fonts embedded and an outline per section.
 */
@Component
class ExportPdf {

	private static final String POLICE = "Liberation Sans";

	private static final List<Police> POLICES = List.of(new Police("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
			new Police("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Police("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC));

	static {
		XRLog.setLoggerImpl(new JournalDuRenduPdf());
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	/** PDF/A wants the colours tied to a profile; the JDK carries the sRGB one. */
	private static final byte[] PROFIL_SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final ITemplateEngine gabarits;

	private final Permaliens permaliens;

	private final AdressePublique adresse;

	ExportPdf(ITemplateEngine gabarits, Permaliens permaliens, AdressePublique adresse) {
		this.gabarits = gabarits;
		this.permaliens = permaliens;
		this.adresse = adresse;
	}

	byte[] exporter(Referentiel referentiel) {
		var html = gabarits.process("export/livret", new Context(Locale.FRENCH, Map.of("referentiel", referentiel,
				"adresse", adresse.de(permaliens.version(referentiel.numero())), "publieeLe",
				referentiel.version().publieeLe() == null ? "—" : DATE.format(referentiel.version().publieeLe()))));
		try (var sortie = new ByteArrayOutputStream()) {
			var pdf = new PdfRendererBuilder().useFastMode()
				.usePdfUaAccessibility(true)
				.usePdfAConformance(PdfAConformance.PDFA_3_U)
				.useColorProfile(PROFIL_SRGB)
				.withHtmlContent(html, adresse.de("/"))
				.toStream(sortie);
			POLICES.forEach(police -> pdf.useFont(police::lire, POLICE, police.graisse(), police.style(), true));
			pdf.run();
			return sortie.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A face of the booklet's font, read once. Its glyph substitution table is hidden from PDFBox:
	 * PDFBox 3 runs every line of text through a regular-expression substitution engine that
	 * tripled the booklet's generation time, and this font substitutes nothing in French text
	 * (the PDF is the same without it).
	 */
	private record Police(byte[] octets, int graisse, FontStyle style) {

		Police(String fichier, int graisse, FontStyle style) {
			this(sansTableDeSubstitution(lireLaRessource("export/polices/" + fichier)), graisse, style);
		}

		InputStream lire() {
			return new ByteArrayInputStream(octets);
		}

		/** Renames the "GSUB" entry of the font's table directory (OpenType: 12-byte header, 16-byte records). */
		private static byte[] sansTableDeSubstitution(byte[] police) {
			var tables = ByteBuffer.wrap(police).getShort(4);
			for (int i = 0; i < tables; i++) {
				var debut = 12 + 16 * i;
				if (new String(police, debut, 4, StandardCharsets.US_ASCII).equals("GSUB")) {
					police[debut + 3] = 'X';
				}
			}
			return police;
		}

		private static byte[] lireLaRessource(String chemin) {
			try (var entree = new ClassPathResource(chemin).getInputStream()) {
				return entree.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
