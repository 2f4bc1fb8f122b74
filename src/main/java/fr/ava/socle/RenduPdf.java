package fr.ava.socle;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders an XHTML page to a tagged PDF/UA (and PDF/A-3u) document, with the "Liberation Sans"
 * font embedded (its regular, bold and italic faces): the one font family the templates may use.
 * The page's {@code <title>} becomes the document's title, its {@code lang} the document's language
 * and its {@code <bookmarks>} the outline. A character XML cannot carry, from a text stored before AVA
 * cleaned what enters, is left out rather than failing the whole document.
 */
@Component
public class RenduPdf {

	/** The font family the templates name in their CSS. */
	public static final String POLICE = "Liberation Sans";

	private static final List<Police> POLICES = List.of(new Police("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
			new Police("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
			new Police("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC));

	static {
		XRLog.setLoggerImpl(new JournalDuRenduPdf());
	}

	/** PDF/A wants the colours tied to a profile; the JDK carries the sRGB one. */
	private static final byte[] PROFIL_SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/**
	 * The PDF of a page.
	 * @param html well-formed XHTML (self-closing empty tags, no named HTML entities)
	 * @param adresseDeBase the address relative links and resources of the page are resolved against
	 */
	public byte[] rendre(String html, String adresseDeBase) {
		try (var sortie = new ByteArrayOutputStream()) {
			var pdf = new PdfRendererBuilder().useFastMode()
				.usePdfUaAccessibility(true)
				.usePdfAConformance(PdfAConformance.PDFA_3_U)
				.useColorProfile(PROFIL_SRGB)
				.withHtmlContent(NettoyageDuTexte.sansCaracteresInterdits(html), adresseDeBase)
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
	 * A face of the font, read once. Its glyph substitution table is hidden from PDFBox: PDFBox 3
	 * runs every line of text through a regular-expression substitution engine that tripled the
	 * booklet's generation time, and this font substitutes nothing in French text (the PDF is the
	 * same without it).
	 */
	private record Police(byte[] octets, int graisse, FontStyle style) {

		Police(String fichier, int graisse, FontStyle style) {
			this(sansTableDeSubstitution(lireLaRessource("socle/polices/" + fichier)), graisse, style);
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
