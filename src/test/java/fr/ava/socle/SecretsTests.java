package fr.ava.socle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SecretsTests {

	@Test
	void tireDesSecretsDifferentsQuiSEcriventDansUneAdresse() {
		var tires = new HashSet<String>();
		IntStream.range(0, 1000).forEach(i -> tires.add(Secrets.nouveau()));

		assertThat(tires).hasSize(1000).allMatch(secret -> secret.matches("[A-Za-z0-9_-]{43}"));
	}

	@Test
	void empreinteUnSecretParSonSha256EnHexadecimal() {
		// The test vector of FIPS 180-2 for "abc": the same as the rows stored before the function moved here.
		assertThat(Secrets.empreinte("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
