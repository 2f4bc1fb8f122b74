package fr.ava.document.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes a plain-text file: by its byte-order mark if it has one, else as UTF-8 if every byte sequence
 * is valid UTF-8, else as Windows-1252, what Windows editors save French text in. Statistical charset
 * guessing is avoided on purpose: on a short French text it picks wrong encodings.
 */
final class DecodageDuTexteBrut {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final byte[] BOM_UTF8 = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] BOM_UTF16_LE = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] BOM_UTF16_BE = { (byte) 0xFE, (byte) 0xFF };

	private DecodageDuTexteBrut() {
	}

	static String decoder(byte[] octets) {
		if (commencePar(octets, BOM_UTF8)) {
			return new String(octets, BOM_UTF8.length, octets.length - BOM_UTF8.length, StandardCharsets.UTF_8);
		}
		if (commencePar(octets, BOM_UTF16_LE)) {
			return new String(octets, 2, octets.length - 2, StandardCharsets.UTF_16LE);
		}
		if (commencePar(octets, BOM_UTF16_BE)) {
			return new String(octets, 2, octets.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(octets))
				.toString();
		}
		catch (CharacterCodingException pasDeLUtf8) {
			return new String(octets, WINDOWS_1252);
		}
	}

	private static boolean commencePar(byte[] octets, byte[] debut) {
		return octets.length >= debut.length && Arrays.equals(octets, 0, debut.length, debut, 0, debut.length);
	}

}
