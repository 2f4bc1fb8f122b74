package fr.ava.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

class LectureDeDocumentsTests {

	private static final String[] MISSIONS = { "Accompagner les associations du territoire dans leurs projets.",
			"Animer le réseau des bénévoles et des élus associatifs." };

	private final LectureDeDocuments lecture = new LectureDeDocuments(messages());

	@Test
	void litLeTexteDUnPdfEtCompteSesPages() {
		var texte = lecture.lire("fiche.pdf",
				Echantillons.pdf("Chargée de mission vie associative\nMissions principales", "Profil : « autonomie »"));

		assertThat(texte.type()).isEqualTo("PDF");
		assertThat(texte.pages()).isEqualTo(2);
		assertThat(texte.texte().lines()).containsSubsequence("Chargée de mission vie associative",
				"Missions principales", "Profil : « autonomie »");
	}

	@Test
	void litUnDocxEnGardantUneLigneParParagrapheEtParPuce() {
		var texte = lecture.lire("fiche.docx", Echantillons.docx("Fiche de poste", MISSIONS,
				"Conseiller les dirigeants bénévoles", "Organiser des formations"));

		assertThat(texte.type()).isEqualTo("DOCX");
		assertThat(texte.texte().lines()).containsSubsequence("Fiche de poste", MISSIONS[0], MISSIONS[1])
			.endsWith("· Conseiller les dirigeants bénévoles", "· Organiser des formations");
	}

	@Test
	void litUnOdtAvecLeNombreDePagesQuIlDeclare() {
		var texte = lecture.lire("fiche.odt", Echantillons.odt(3, "Fiche de poste", MISSIONS));

		assertThat(texte.type()).isEqualTo("ODT");
		assertThat(texte.pages()).isEqualTo(3);
		assertThat(texte.texte()).isEqualTo("Fiche de poste\n" + MISSIONS[0] + "\n" + MISSIONS[1]);
	}

	@Test
	void litUnRtf() {
		var texte = lecture.lire("fiche.rtf", Echantillons.rtf("""
				{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}
				\\f0\\fs24 Charg\\'e9e de mission\\par
				Animer le r\\'e9seau des b\\'e9n\\'e9voles\\par
				}"""));

		assertThat(texte.type()).isEqualTo("RTF");
		assertThat(texte.texte()).isEqualTo("Chargée de mission\nAnimer le réseau des bénévoles");
	}

	@Test
	void litUnTexteEnUtf8OuEnregistreSousWindows() {
		var fiche = "Chargée de mission – accueil des bénévoles\nL’œuvre « commune » : 3 €";

		assertThat(lecture.lire("utf8.txt", Echantillons.texte(fiche, StandardCharsets.UTF_8)))
			.isEqualTo(new TexteLu("utf8.txt", "TXT", fiche, 1));
		assertThat(lecture.lire("windows.txt", Echantillons.texte(fiche, Charset.forName("windows-1252"))).texte())
			.isEqualTo(fiche);
	}

	@Test
	void reconnaitLeFormatAuContenuEtNonAuNom() {
		assertThat(lecture.lire("fiche.txt", Echantillons.pdf("Chargée de mission")).type()).isEqualTo("PDF");
		assertThat(lecture.lire("fiche.pdf", Echantillons.texte("Chargée de mission", StandardCharsets.UTF_8)).type())
			.isEqualTo("TXT");
		assertThat(refus("fiche.pdf", Echantillons.png()).statut()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void refuseUnFichierDePlusDeDixMo() {
		var refus = refus("fiche.txt", Echantillons.octets(11, 'a'));

		assertThat(refus.statut()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(enFrancais(refus)).isEqualTo(
				"Le fichier « fiche.txt » dépasse 10 Mo : enregistrez-le sans ses images, ou copiez-en le texte.");
	}

	@Test
	void refuseUnPdfDePlusDeCinquantePages() {
		var pages = IntStream.rangeClosed(1, 51).mapToObj(page -> "Page " + page).toArray(String[]::new);

		var refus = refus("rapport.pdf", Echantillons.pdf(pages));

		assertThat(refus.statut()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(enFrancais(refus)).isEqualTo(
				"Le document « rapport.pdf » compte 51 pages : une fiche de poste de 50 pages au plus est attendue.");
	}

	@Test
	void litUnPdfDeCinquantePages() {
		var pages = IntStream.rangeClosed(1, 50).mapToObj(page -> "Page " + page).toArray(String[]::new);

		assertThat(lecture.lire("fiche.pdf", Echantillons.pdf(pages)).pages()).isEqualTo(50);
	}

	@Test
	void refuseUnTexteLongDePlusDeCinquantePagesEstimees() {
		var ligne = "Accompagner les associations du territoire dans leurs projets.\n";

		var refus = refus("long.txt", Echantillons.texte(ligne.repeat(2_500), StandardCharsets.UTF_8));

		assertThat(refus.statut()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
		assertThat(enFrancais(refus)).isEqualTo("Le texte de « long.txt » est trop long : il dépasse l'équivalent "
				+ "de 50 pages (environ 3\u202F000 caractères par page).");
	}

	@Test
	void refuseLesFormatsQuiNeSontPasDesFichesDePoste() {
		var attendu = "Le fichier « %s » n'est pas dans un format accepté. Formats acceptés : PDF, DOCX (Word), "
				+ "ODT (LibreOffice), RTF et texte brut (TXT). Un document Word ancien (.doc) s'enregistre en DOCX "
				+ "depuis Word ou LibreOffice.";
		var image = refus("photo.png", Echantillons.png());
		var programme = refus("fiche.docx", Echantillons.programmeWindows());
		var classeur = refus("postes.xlsx", Echantillons.xlsx());
		var archive = refus("fiches.zip", Echantillons.zip(Map.of("fiche.txt", "Chargée".getBytes(StandardCharsets.UTF_8))));

		assertThat(List.of(image, programme, classeur, archive)).extracting(DocumentRefuse::statut)
			.containsOnly(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertThat(enFrancais(image)).isEqualTo(attendu.formatted("photo.png"));
		assertThat(enFrancais(programme)).isEqualTo(attendu.formatted("fiche.docx"));
	}

	@Test
	void refuseUnPdfProtegeParMotDePasse() {
		var refus = refus("fiche.pdf", Echantillons.pdfProtegeParMotDePasse("Chargée de mission"));

		assertThat(refus.statut()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(enFrancais(refus)).isEqualTo("Le fichier « fiche.pdf » est protégé par un mot de passe : "
				+ "enregistrez-en une copie sans mot de passe, puis envoyez-la.");
	}

	@Test
	void refuseUnDocxProtegeParMotDePasse() {
		var docx = Echantillons.docx("Fiche de poste", MISSIONS);

		var refus = refus("fiche.docx", Echantillons.docxProtegeParMotDePasse(docx));

		assertThat(refus.statut()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refus.motif()).isEqualTo(DocumentRefuse.Motif.PROTEGE);
	}

	@Test
	void refuseUnFichierEndommage() {
		var docx = Echantillons.docx("Fiche de poste", MISSIONS);

		var pdf = refus("fiche.pdf", Echantillons.pdfEndommage());
		var docxTronque = refus("fiche.docx", Arrays.copyOf(docx, docx.length / 3));

		assertThat(pdf.statut()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(enFrancais(pdf)).isEqualTo("Le fichier « fiche.pdf » est illisible : il est peut-être "
				+ "endommagé ou incomplet. Ouvrez-le et enregistrez-le de nouveau avant de l'envoyer.");
		assertThat(docxTronque.motif()).isEqualTo(DocumentRefuse.Motif.ILLISIBLE);
	}

	@Test
	void refuseUnFichierVideOuSansAutreChoseQueDesBlancs() {
		var vide = refus("vide.txt", new byte[0]);
		var blanc = refus("blanc.txt", Echantillons.texte(" \n\t\r\n  \n", StandardCharsets.UTF_8));
		var docxVide = refus("vide.docx", Echantillons.docx(" ", new String[0]));

		assertThat(List.of(vide, blanc, docxVide)).extracting(DocumentRefuse::statut)
			.containsOnly(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(enFrancais(blanc)).isEqualTo("Le fichier « blanc.txt » ne contient aucun texte.");
		assertThat(enFrancais(docxVide)).isEqualTo("Le fichier « vide.docx » ne contient aucun texte.");
	}

	@Test
	void demandeSiUnPdfSansTexteEstUnScan() {
		var refus = refus("scan.pdf", Echantillons.pdfScanne(2));

		assertThat(refus.statut()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(enFrancais(refus)).isEqualTo("Ce PDF ne contient pas de texte : est-ce un scan ? « scan.pdf » "
				+ "n'a que des images de pages. Envoyez plutôt le document d'origine (DOCX, ODT) ou un PDF dont "
				+ "le texte peut être sélectionné.");
	}

	@Test
	void refuseUneBombeDeDecompressionDeguiseeEnDocx() {
		var docx = Echantillons.docx("Fiche de poste", MISSIONS);

		var refus = refus("fiche.docx", Echantillons.docxPiege(docx, 200));

		assertThat(refus.statut()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(enFrancais(refus)).isEqualTo("Dans « fiche.docx », « word/document.xml » est anormalement "
				+ "compressé : c'est peut-être une bombe de décompression.");
	}

	private DocumentRefuse refus(String nom, byte[] contenu) {
		var refus = catchThrowableOfType(DocumentRefuse.class, () -> lecture.lire(nom, contenu));
		assertThat(refus).as("« %s » est refusé", nom).isNotNull();
		return refus;
	}

	static String enFrancais(DocumentRefuse refus) {
		return messages().getMessage(refus.codeMessage(), refus.arguments(), Locale.FRENCH);
	}

	/** The application's messages, set up as application.properties does. */
	static MessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}

}
