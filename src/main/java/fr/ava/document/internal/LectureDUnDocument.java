package fr.ava.document.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;

import fr.ava.document.DocumentRefuse;
import fr.ava.document.DocumentRefuse.Motif;
import fr.ava.document.TexteLu;

/** Reads one uploaded document within the limits of a fiche de poste: 10 Mo, 50 pages. */
public final class LectureDUnDocument {

	static final long OCTETS_MAX = 10L * 1024 * 1024;

	static final int PAGES_MAX = 50;

	/**
	 * A dense A4 page of running text: how a page count is estimated from the text's length for the
	 * documents that state none (plain text, RTF, a DOCX that Word has not paginated).
	 */
	static final int CARACTERES_PAR_PAGE = 3_000;

	/** The extraction's bound, loose enough for 50 pages of small print in two columns. */
	private static final int CARACTERES_MAX = PAGES_MAX * 10_000;

	/** A DOCX or an ODT holds a few XML files and its images; more is a decompression bomb. */
	private static final long OCTETS_DECOMPRESSES_MAX = 50L * 1024 * 1024;

	private static final Duration DUREE_MAX = Duration.ofSeconds(30);

	private final ExtractionParTika extraction;

	public LectureDUnDocument() {
		this(DUREE_MAX);
	}

	LectureDUnDocument(Duration dureeMax) {
		this.extraction = new ExtractionParTika(CARACTERES_MAX, PAGES_MAX, dureeMax);
	}

	/** @throws DocumentRefuse when the document cannot be read or exceeds a limit */
	public TexteLu lire(String nomDuFichier, byte[] contenu) {
		if (contenu.length == 0) {
			throw new DocumentRefuse(Motif.VIDE, nomDuFichier);
		}
		if (contenu.length > OCTETS_MAX) {
			throw new DocumentRefuse(Motif.TROP_GRAND, nomDuFichier, DecompressionBornee.enMo(OCTETS_MAX));
		}
		var format = format(nomDuFichier, contenu);
		if (format.estUneArchiveZip()) {
			verifierLaDecompression(nomDuFichier, contenu);
		}
		var extrait = format == FormatDeDocument.TXT
				? new ExtractionParTika.Extrait(DecodageDuTexteBrut.decoder(contenu), OptionalInt.empty())
				: extraction.extraire(nomDuFichier, format, contenu);
		var texte = NormalisationDuTexte.normaliser(extrait.texte());
		var pages = extrait.pagesDeclarees().orElse(pagesEstimees(texte));
		if (pages > PAGES_MAX) {
			throw extrait.pagesDeclarees().isPresent()
					? new DocumentRefuse(Motif.TROP_DE_PAGES, nomDuFichier, pages, PAGES_MAX)
					: new DocumentRefuse(Motif.TROP_LONG, nomDuFichier, PAGES_MAX, CARACTERES_PAR_PAGE);
		}
		if (texte.codePoints().noneMatch(Character::isLetter)) {
			throw new DocumentRefuse(format == FormatDeDocument.PDF ? Motif.SCAN : Motif.VIDE, nomDuFichier);
		}
		return new TexteLu(nomDuFichier, format.name(), texte, pages);
	}

	private static FormatDeDocument format(String nomDuFichier, byte[] contenu) {
		try {
			var type = ReconnaissanceDuFormat.typeDe(contenu);
			if (ReconnaissanceDuFormat.estChiffre(type)) {
				throw new DocumentRefuse(Motif.PROTEGE, nomDuFichier);
			}
			return ReconnaissanceDuFormat.formatDe(type)
				.orElseThrow(() -> new DocumentRefuse(Motif.FORMAT_NON_PRIS_EN_CHARGE, nomDuFichier));
		}
		catch (IOException illisible) {
			throw new DocumentRefuse(Motif.ILLISIBLE, nomDuFichier);
		}
	}

	/** Tika's and POI's own protections come second: this one inflates nothing into memory. */
	private static void verifierLaDecompression(String nomDuFichier, byte[] contenu) {
		try {
			new DecompressionBornee(OCTETS_DECOMPRESSES_MAX, OCTETS_DECOMPRESSES_MAX).parcourir(nomDuFichier, contenu,
					nom -> false, (nom, octets) -> {
					});
		}
		catch (IOException illisible) {
			throw new DocumentRefuse(Motif.ILLISIBLE, nomDuFichier);
		}
	}

	private static int pagesEstimees(String texte) {
		return Math.max(1, (texte.length() + CARACTERES_PAR_PAGE - 1) / CARACTERES_PAR_PAGE);
	}

}
