package fr.ava.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.referentiel.Referentiels;

@SpringBootTest
class ExportsTests {

	@Autowired
	Exports exports;

	@Autowired
	PreparationDesExports preparation;

	@Autowired
	Referentiels referentiels;

	@Test
	void produitUneSeuleFoisChaqueFichierDUneVersionPubliee() {
		preparation.preparerToutes();
		var referentiel = referentiels.dernierePubliee();

		for (var format : Format.values()) {
			var prepare = exports.exporter(referentiel, format);
			assertThat(exports.exporter(referentiels.publiee(referentiel.numero()), format)).isSameAs(prepare);
		}
	}

}
