package fr.ava.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportPdfTests {

	private static final Pattern PIED_DE_PAGE = Pattern.compile("Référentiel métier AVA · version 1\\.0 \\d+");

	@Autowired
	ExportPdf export;

	@Autowired
	Referentiels referentiels;

	Referentiel referentiel;

	PDDocument livret;

	@BeforeAll
	void produireEtRelireLeLivret() throws IOException {
		referentiel = referentiels.dernierePubliee();
		livret = Loader.loadPDF(export.exporter(referentiel));
	}

	@AfterAll
	void fermer() throws IOException {
		livret.close();
	}

	@Test
	void contientLeTexteDeChaqueElementDuReferentiel() throws IOException {
		var texte = PIED_DE_PAGE.matcher(normaliser(texte(1, livret.getNumberOfPages()))).replaceAll("");

		var absents = referentiel.noeuds()
			.stream()
			.flatMap(noeud -> Stream.of(noeud.titre(), noeud.texte(), noeud.complement()))
			.filter(Objects::nonNull)
			.map(ExportPdfTests::normaliser)
			.filter(attendu -> !texte.contains(attendu))
			.toList();
		assertThat(absents).isEmpty();
		var codesAffiches = EnumSet.of(Nature.MISSION, Nature.FONCTION_TRANSVERSALE, Nature.FONCTION_SPECIFIQUE,
				Nature.COMPETENCE, Nature.ACTIVITE, Nature.VALEUR);
		assertThat(referentiel.noeuds()).filteredOn(noeud -> codesAffiches.contains(noeud.nature()))
			.extracting(noeud -> noeud.code().valeur())
			.hasSizeGreaterThan(200)
			.allSatisfy(code -> assertThat(texte).contains(" " + code + " "));
	}

	@Test
	void aUnSignetParSectionEtUnParMissionOuFonction() {
		var sections = signets(livret.getDocumentCatalog().getDocumentOutline().children());

		assertThat(sections).extracting(PDOutlineItem::getTitle)
			.containsExactly("Couverture", "Sommaire", "Définition du métier", "Contexte et méthode", "Missions",
					"Fonctions transversales", "Fonctions spécifiques", "Valeurs et éléments de posture");
		assertThat(signets(sections.get(4).children())).extracting(PDOutlineItem::getTitle)
			.containsExactly("Accompagnement organisationnel", "Accompagnement inter-associatif",
					"Accompagnement de projet de territoire");
		assertThat(signets(sections.get(5).children())).hasSize(referentiel.fonctionsTransversales().size());
		assertThat(signets(sections.get(6).children())).hasSize(referentiel.fonctionsSpecifiques().size());
	}

	@Test
	void leSommaireDonneLaPageOuCommenceChaqueSection() throws IOException {
		var sommaire = texte(2, 2);

		for (var section : signets(livret.getDocumentCatalog().getDocumentOutline().children()).subList(2, 8)) {
			var page = livret.getPages().indexOf(section.findDestinationPage(livret)) + 1;
			assertThat(page).isGreaterThan(2);
			assertThat(sommaire).containsPattern(Pattern.quote(section.getTitle()) + "[ .]*" + page + "\\R");
			assertThat(texte(page, page)).contains(section.getTitle());
		}
	}

	@Test
	void embarqueDesPolicesQuiPortentLesAccentsEtLePointMedian() throws IOException {
		var polices = new ArrayList<PDFont>();
		for (var page : livret.getPages()) {
			for (var nom : page.getResources().getFontNames()) {
				polices.add(page.getResources().getFont(nom));
			}
		}

		assertThat(polices).isNotEmpty().allSatisfy(police -> assertThat(police.isEmbedded()).isTrue());
		assertThat(normaliser(texte(1, 1))).contains("L'accompagnateur·trice de la vie associative locale");
		assertThat(texte(1, livret.getNumberOfPages())).contains("Événementiel", "Médiation", "œuvre");
	}

	@Test
	void estUnDocumentBaliseEnFrancaisQuiAfficheSonTitre() throws IOException {
		var catalogue = livret.getDocumentCatalog();

		assertThat(catalogue.getLanguage()).isEqualTo("fr");
		assertThat(catalogue.getMarkInfo().isMarked()).isTrue();
		assertThat(catalogue.getStructureTreeRoot()).isNotNull();
		assertThat(catalogue.getStructureTreeRoot().getKids()).isNotEmpty();
		assertThat(catalogue.getViewerPreferences().displayDocTitle()).isTrue();
		assertThat(livret.getDocumentInformation().getTitle())
			.isEqualTo("Référentiel métier de l'accompagnateur·trice de la vie associative locale · version 1.0");
		try (var xmp = catalogue.getMetadata().exportXMPMetadata()) {
			var metadonnees = new String(xmp.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(metadonnees).contains("pdfuaid:part", "Référentiel métier de l'accompagnateur·trice");
		}
	}

	private String texte(int premiere, int derniere) throws IOException {
		var extraction = new PDFTextStripper();
		extraction.setSortByPosition(true);
		extraction.setStartPage(premiere);
		extraction.setEndPage(derniere);
		return extraction.getText(livret);
	}

	private static List<PDOutlineItem> signets(Iterable<PDOutlineItem> enfants) {
		var liste = new ArrayList<PDOutlineItem>();
		enfants.forEach(liste::add);
		return liste;
	}

	/**
	 * Lines are wrapped in the booklet at spaces, after hyphens and around slashes: compare texts
	 * with single spaces, and none after a hyphen or around a slash.
	 */
	private static String normaliser(String texte) {
		return texte.replaceAll("\\s+", " ").replaceAll("- ", "-").replaceAll(" ?/ ?", "/").strip();
	}

}
