package fr.ava.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.zip.ZipInputStream;

import fr.ava.document.DocumentRefuse;
import fr.ava.document.DocumentRefuse.Motif;

/**
 * Reads a ZIP archive as a stream, entry after entry, and counts what it really inflates: the sizes an
 * archive declares are never trusted. One instance is one budget: every archive it reads counts
 * towards the same total.
 */
public final class DecompressionBornee {

	/** Beyond this many bytes an entry must not inflate more than {@link #RATIO_MAX} times its compressed size. */
	private static final long SEUIL_DU_RATIO = 1024 * 1024;

	/** POI's own limit for OOXML files (a minimum inflate ratio of 1 %); text rarely goes past 20. */
	private static final long RATIO_MAX = 100;

	/** Windows' zip tool writes names in the OEM code page unless it flags them as UTF-8. */
	private static final Charset NOMS_SANS_DRAPEAU_UTF8 = Charset.forName("IBM850");

	private final long octetsParElement;

	private final long octetsEnTout;

	private long octetsLus;

	public DecompressionBornee(long octetsParElement, long octetsEnTout) {
		this.octetsParElement = octetsParElement;
		this.octetsEnTout = octetsEnTout;
	}

	/**
	 * Inflates every entry of the archive, hands over the files whose name {@code aGarder} accepts.
	 * @throws DocumentRefuse when an entry or the total exceeds the budget, or an entry inflates suspiciously much
	 * @throws IOException when the archive is damaged
	 */
	public void parcourir(String nomDeLArchive, byte[] archive, Predicate<String> aGarder,
			BiConsumer<String, byte[]> recevoir) throws IOException {
		var compteur = new CompteurDOctets(new ByteArrayInputStream(archive));
		try (var zip = new ZipInputStream(compteur, NOMS_SANS_DRAPEAU_UTF8)) {
			for (var element = zip.getNextEntry(); element != null; element = zip.getNextEntry()) {
				var garde = !element.isDirectory() && aGarder.test(element.getName());
				var sortie = garde ? new ByteArrayOutputStream() : OutputStream.nullOutputStream();
				inflater(nomDeLArchive, element.getName(), zip, compteur, sortie);
				if (garde) {
					recevoir.accept(element.getName(), ((ByteArrayOutputStream) sortie).toByteArray());
				}
			}
		}
	}

	private void inflater(String nomDeLArchive, String nomDeLElement, InputStream element, CompteurDOctets compteur,
			OutputStream sortie) throws IOException {
		var debut = compteur.octetsLus;
		var tampon = new byte[64 * 1024];
		long inflates = 0;
		for (int lus = element.read(tampon); lus != -1; lus = element.read(tampon)) {
			inflates += lus;
			octetsLus += lus;
			if (inflates > octetsParElement) {
				throw new DocumentRefuse(Motif.ELEMENT_TROP_GROS, nomDeLArchive, nomDeLElement, enMo(octetsParElement));
			}
			if (octetsLus > octetsEnTout) {
				throw new DocumentRefuse(Motif.DECOMPRESSION_TROP_GROSSE, nomDeLArchive, enMo(octetsEnTout));
			}
			if (inflates > SEUIL_DU_RATIO && inflates > RATIO_MAX * Math.max(1, compteur.octetsLus - debut)) {
				throw new DocumentRefuse(Motif.BOMBE, nomDeLArchive, nomDeLElement);
			}
			sortie.write(tampon, 0, lus);
		}
	}

	static long enMo(long octets) {
		return octets / (1024 * 1024);
	}

	/** The compressed bytes the inflater has consumed so far. */
	private static final class CompteurDOctets extends FilterInputStream {

		private long octetsLus;

		CompteurDOctets(InputStream entree) {
			super(entree);
		}

		@Override
		public int read() throws IOException {
			var octet = super.read();
			if (octet != -1) {
				octetsLus++;
			}
			return octet;
		}

		@Override
		public int read(byte[] tampon, int debut, int longueur) throws IOException {
			var lus = super.read(tampon, debut, longueur);
			if (lus > 0) {
				octetsLus += lus;
			}
			return lus;
		}

		@Override
		public long skip(long n) throws IOException {
			var sautes = super.skip(n);
			octetsLus += sautes;
			return sautes;
		}

	}

}
