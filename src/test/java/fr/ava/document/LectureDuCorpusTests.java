package fr.ava.document;

import static fr.ava.document.LectureDeDocumentsTests.enFrancais;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class LectureDuCorpusTests {

	private static final String[] MISSIONS = { "Accompagner les associations du territoire." };

	private final LectureDeDocuments lecture = new LectureDeDocuments(LectureDeDocumentsTests.messages());

	@Test
	void litChaqueFicheDUneArchiveEtDitPourquoiUnScanEstRefuse() {
		var archive = new LinkedHashMap<String, byte[]>();
		archive.put("fiches/", new byte[0]);
		archive.put("fiches/animatrice.docx", Echantillons.docx("Animatrice vie associative", MISSIONS));
		archive.put("fiches/charge-de-mission.pdf", Echantillons.pdf("Chargé de mission vie associative"));
		archive.put("fiches/coordinatrice.odt", Echantillons.odt(1, "Coordinatrice Guid'asso", MISSIONS));
		archive.put("fiches/scan.pdf", Echantillons.pdfScanne(1));
		archive.put("__MACOSX/fiches/._animatrice.docx", new byte[] { 0, 5, 22, 7 });
		archive.put("fiches/.DS_Store", new byte[] { 0, 0, 0, 1 });

		var lus = lecture.lireLeCorpus(List.of(new FichierRecu("corpus.zip", Echantillons.zip(archive))));

		assertThat(lus).extracting(LectureDuCorpus::nomDuFichier)
			.containsExactly("fiches/animatrice.docx", "fiches/charge-de-mission.pdf", "fiches/coordinatrice.odt",
					"fiches/scan.pdf");
		assertThat(lus.subList(0, 3)).allSatisfy(lu -> assertThat(lu.refus()).isNull())
			.extracting(lu -> lu.texte().texte().lines().findFirst().orElseThrow())
			.containsExactly("Animatrice vie associative", "Chargé de mission vie associative",
					"Coordinatrice Guid'asso");
		assertThat(lus.get(3).texte()).isNull();
		assertThat(lus.get(3).refus()).startsWith("Ce PDF ne contient pas de texte : est-ce un scan ? « fiches/scan.pdf »");
	}

	@Test
	void litLesFichiersEnvoyesUnParUnAvecLeContenuDesArchives() {
		var archive = Echantillons.zip(Map.of("annexe.txt", "Animer le réseau des bénévoles.".getBytes(StandardCharsets.UTF_8)));

		var lus = lecture.lireLeCorpus(List.of(new FichierRecu("fiche.pdf", Echantillons.pdf("Chargée de mission")),
				new FichierRecu("lot.zip", archive), new FichierRecu("photo.png", Echantillons.png())));

		assertThat(lus).extracting(LectureDuCorpus::nomDuFichier).containsExactly("fiche.pdf", "annexe.txt", "photo.png");
		assertThat(lus.get(0).texte().texte()).isEqualTo("Chargée de mission");
		assertThat(lus.get(1).texte().texte()).isEqualTo("Animer le réseau des bénévoles.");
		assertThat(lus.get(2).refus()).startsWith("Le fichier « photo.png » n'est pas dans un format accepté.");
	}

	@Test
	void refuseToutLEnvoiQuandUneArchiveEnContientUneAutre() {
		var interieure = Echantillons.zip(Map.of("fiche.txt", "Chargée de mission".getBytes(StandardCharsets.UTF_8)));
		var archive = new LinkedHashMap<String, byte[]>();
		archive.put("fiche.pdf", Echantillons.pdf("Chargée de mission"));
		archive.put("autres/fiches.zip", interieure);

		var refus = refus(new FichierRecu("corpus.zip", Echantillons.zip(archive)));

		assertThat(refus.statut()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(enFrancais(refus)).isEqualTo("L'archive « corpus.zip » contient une autre archive, "
				+ "« autres/fiches.zip » : envoyez une seule archive ZIP, qui ne contienne que des documents.");
	}

	@Test
	void refuseUneBombeDeDecompressionSansLaDecompresser() {
		var bombe = Echantillons.bombeZip("fiche.txt", 200);

		var refus = refus(new FichierRecu("corpus.zip", bombe));

		assertThat(bombe.length).isLessThan(1024 * 1024);
		assertThat(refus.statut()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(enFrancais(refus)).isEqualTo("Dans « corpus.zip », « fiche.txt » est anormalement compressé : "
				+ "c'est peut-être une bombe de décompression.");
	}

	@Test
	void refuseUneArchiveDePlusDeDeuxCentsFichiers() {
		var archive = new LinkedHashMap<String, byte[]>();
		for (int i = 1; i <= 201; i++) {
			archive.put("fiche-" + i + ".txt", ("Fiche " + i).getBytes(StandardCharsets.UTF_8));
		}

		var refus = refus(new FichierRecu("corpus.zip", Echantillons.zip(archive)));

		assertThat(refus.statut()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(enFrancais(refus)).isEqualTo(
				"L'envoi compte plus de 200 fichiers (limite atteinte avec « corpus.zip ») : envoyez-le en plusieurs fois.");
	}

	@Test
	void litUneArchiveDeDeuxCentsFichiersEnIgnorantCeuxDuSysteme() {
		var archive = new LinkedHashMap<String, byte[]>();
		for (int i = 1; i <= 200; i++) {
			archive.put("fiche-" + i + ".txt", ("Fiche " + i).getBytes(StandardCharsets.UTF_8));
			archive.put("__MACOSX/._fiche-" + i + ".txt", new byte[] { 0, 5, 22, 7 });
		}
		archive.put("Thumbs.db", new byte[] { 1 });

		assertThat(lecture.lireLeCorpus(List.of(new FichierRecu("corpus.zip", Echantillons.zip(archive))))).hasSize(200)
			.allSatisfy(lu -> assertThat(lu.texte()).isNotNull());
	}

	@Test
	void refuseUneArchiveDontUnFichierDepasseDixMoUneFoisDecompresse() {
		var archive = Echantillons.zipVolumineux(1, 11);

		var refus = refus(new FichierRecu("corpus.zip", archive));

		assertThat(archive.length).isLessThan(10 * 1024 * 1024);
		assertThat(refus.statut()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(enFrancais(refus))
			.isEqualTo("Dans « corpus.zip », le fichier « fiche-1.txt » dépasse 10 Mo une fois décompressé.");
	}

	@Test
	void refuseUnEnvoiQuiDepasseCentMoUneFoisDecompresse() {
		var refus = refus(new FichierRecu("corpus.zip", Echantillons.zipVolumineux(11, 10)));

		assertThat(refus.statut()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(enFrancais(refus)).isEqualTo("Une fois décompressé, l'envoi dépasse 100 Mo "
				+ "(limite atteinte dans « corpus.zip ») : envoyez-le en plusieurs fois.");
	}

	@Test
	void refuseUneArchiveEndommageeOuVide() {
		var archive = Echantillons.zip(Map.of("fiche.txt", "Chargée de mission".repeat(50).getBytes(StandardCharsets.UTF_8)));
		var endommagee = Arrays.copyOf(archive, archive.length / 2);
		endommagee[40] ^= 0x55;
		var vide = Echantillons.zip(Map.of("__MACOSX/._fiche.txt", new byte[] { 0, 5 }));

		var refusEndommagee = refus(new FichierRecu("corpus.zip", endommagee));
		var refusVide = refus(new FichierRecu("vide.zip", vide));

		assertThat(refusEndommagee.statut()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(enFrancais(refusEndommagee)).isEqualTo("L'archive « corpus.zip » est illisible : elle est "
				+ "peut-être endommagée ou incomplète. Rien n'a été lu de cet envoi.");
		assertThat(refusVide.statut()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(enFrancais(refusVide)).isEqualTo("L'archive « vide.zip » ne contient aucun fichier.");
	}

	private DocumentRefuse refus(FichierRecu... fichiers) {
		var refus = catchThrowableOfType(DocumentRefuse.class, () -> lecture.lireLeCorpus(List.of(fichiers)));
		assertThat(refus).as("l'envoi est refusé").isNotNull();
		return refus;
	}

}
