package fr.ava.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class DecodageDuTexteBrutTests {

	private static final String FICHE = "Chargée de mission – l’œuvre « commune »";

	@Test
	void decodeLUtf8AvecOuSansMarqueDOrdre() {
		var marque = new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		var utf8 = FICHE.getBytes(StandardCharsets.UTF_8);
		var avecMarque = new byte[marque.length + utf8.length];
		System.arraycopy(marque, 0, avecMarque, 0, marque.length);
		System.arraycopy(utf8, 0, avecMarque, marque.length, utf8.length);

		assertThat(DecodageDuTexteBrut.decoder(utf8)).isEqualTo(FICHE);
		assertThat(DecodageDuTexteBrut.decoder(avecMarque)).isEqualTo(FICHE);
	}

	@Test
	void decodeLUtf16DesBlocsNotesDeWindows() {
		var utf16 = FICHE.getBytes(StandardCharsets.UTF_16LE);
		var avecMarque = new byte[utf16.length + 2];
		avecMarque[0] = (byte) 0xFF;
		avecMarque[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, avecMarque, 2, utf16.length);

		assertThat(DecodageDuTexteBrut.decoder(avecMarque)).isEqualTo(FICHE);
		assertThat(DecodageDuTexteBrut.decoder(FICHE.getBytes(StandardCharsets.UTF_16))).isEqualTo(FICHE);
	}

	@Test
	void decodeEnWindows1252CeQuiNEstPasDeLUtf8() {
		assertThat(DecodageDuTexteBrut.decoder(FICHE.getBytes(Charset.forName("windows-1252")))).isEqualTo(FICHE);
	}

}
