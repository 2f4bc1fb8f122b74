package fr.ava.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;

import fr.ava.document.DocumentRefuse;
import fr.ava.document.DocumentRefuse.Motif;
import fr.ava.document.Echantillons;

class LectureDUnDocumentTests {

	private static final String[] MISSIONS = { "Accompagner les associations du territoire." };

	@Test
	void arreteUneLectureQuiDepasseSonTemps() {
		var sansDelai = new LectureDUnDocument(Duration.ZERO);

		var pdf = catchThrowableOfType(DocumentRefuse.class,
				() -> sansDelai.lire("fiche.pdf", Echantillons.pdf("Chargée de mission", "Profil")));
		var docx = catchThrowableOfType(DocumentRefuse.class,
				() -> sansDelai.lire("fiche.docx", Echantillons.docx("Fiche de poste", MISSIONS)));

		assertThat(pdf.motif()).isEqualTo(Motif.TROP_LENT);
		assertThat(docx.motif()).isEqualTo(Motif.TROP_LENT);
	}

	@Test
	void remetEnServiceLaProtectionDePoiContreLesBombesQueTikaCoupe() {
		new ExtractionParTika(500_000, 50, Duration.ofSeconds(30));

		assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
	}

}
