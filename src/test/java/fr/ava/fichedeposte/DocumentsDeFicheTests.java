package fr.ava.fichedeposte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;

@SpringBootTest
class DocumentsDeFicheTests {

	@Autowired
	DocumentsDeFiche documents;

	@Autowired
	Referentiels referentiels;

	@Autowired
	PreparationDuDocx preparation;

	@Test
	void leDocxAUnTitreEtDesTitresDeNiveauxQuiSontDesStylesDeTitre() throws IOException {
		try (var docx = docx(FichesDExemple.realiste())) {
			var styles = new ArrayList<String>();
			for (var paragraphe : docx.getParagraphs()) {
				styles.add(paragraphe.getStyle());
			}
			assertThat(docx.getParagraphs().get(0).getStyle()).isEqualTo("Title");
			assertThat(docx.getParagraphs().get(0).getText()).isEqualTo(FichesDExemple.INTITULE);
			assertThat(titres(docx, "Heading1")).containsExactly("Le poste", "Finalité du poste", "Missions et fonctions",
					"Compétences requises", "Valeurs et éléments de posture", "Conditions d'exercice",
					"Profil recherché et candidature");
			assertThat(titres(docx, "Heading2")).startsWith("Accompagnement organisationnel — 40 % du temps",
					"Accompagnement inter-associatif — 20 % du temps", "Veille — 10 % du temps");
			for (var niveau : Map.of("Heading1", 0, "Heading2", 1, "Heading3", 2).entrySet()) {
				var style = docx.getStyles().getStyle(niveau.getKey());
				assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).as(niveau.getKey())
					.isEqualTo(niveau.getValue());
				assertThat(style.getName()).isEqualTo("heading " + (niveau.getValue() + 1));
			}
			assertThat(styles).doesNotContainNull();
		}
	}

	@Test
	void lesListesDuDocxSontDesParagraphesNumerotesAPuces() throws IOException {
		try (var docx = docx(FichesDExemple.realiste())) {
			var listes = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
			assertThat(listes).hasSizeGreaterThan(10);
			assertThat(docx.getParagraphs()).filteredOn(p -> p.getText().startsWith("• ")).isEmpty();
			for (var paragraphe : listes) {
				var numerotation = docx.getNumbering();
				var abstraite = numerotation.getAbstractNum(numerotation.getAbstractNumID(paragraphe.getNumID()));
				assertThat(abstraite.getCTAbstractNum().getLvlArray(0).getNumFmt().getVal()).isEqualTo(STNumberFormat.BULLET);
			}
		}
	}

	@Test
	void leDocxCiteLeReferentielMotPourMotEtMarqueLesLignesDeLEmployeur() throws IOException {
		var referentiel = referentiels.dernierePubliee();
		var fiche = FichesDExemple.realiste();
		try (var docx = docx(fiche)) {
			var puces = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).map(XWPFParagraph::getText).toList();
			var textes = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			Stream.of(fiche.activites().codes(), fiche.competences().codes(), fiche.valeurs())
				.flatMap(List::stream)
				.forEach(code -> assertThat(puces).as(code.valeur()).contains(libelle(referentiel, code)));
			assertThat(textes).contains(libelle(referentiel, Code.of("M1-D1")), libelle(referentiel, Code.of("FT01-D1")));

			assertThat(titreAuDessus(docx, FichesDExemple.ACTIVITE_PROPRE)).isEqualTo(Mentions.ACTIVITES_PROPRES);
			assertThat(titreAuDessus(docx, FichesDExemple.COMPETENCE_PROPRE)).isEqualTo(Mentions.COMPETENCES_PROPRES);
			assertThat(titreAuDessus(docx, libelle(referentiel, Code.of("M1-A01"))))
				.as("une activité du référentiel reste sous sa mission").isEqualTo("Activités");
			assertThat(textes).contains("Rattachement hiérarchique : Directrice du pôle cohésion sociale",
					"Fonction publique territoriale : Catégorie B", "Travail en soirée : Occasionnellement");
		}
	}

	@Test
	void leDocxEstEnFrancaisEtPorteSonTitreDansSesProprietes() throws Exception {
		try (var docx = docx(FichesDExemple.realiste())) {
			var proprietes = docx.getProperties().getCoreProperties();
			assertThat(proprietes.getTitle()).isEqualTo(FichesDExemple.INTITULE);
			assertThat(proprietes.getUnderlyingProperties().getLanguageProperty()).contains("fr-FR");
			assertThat(docx.getStyle().xmlText()).contains("w:lang w:val=\"fr-FR\"");
		}
	}

	@Test
	void lePdfEstBaliseEnFrancaisEtCiteLeReferentielMotPourMot() throws IOException {
		var referentiel = referentiels.dernierePubliee();
		var fiche = FichesDExemple.realiste();
		var document = documents.pdf(fiche);
		try (var pdf = Loader.loadPDF(document.octets())) {
			var texte = normaliser(new PDFTextStripper().getText(pdf));
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(FichesDExemple.INTITULE);
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr");
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			var plan = new ArrayList<String>();
			pdf.getDocumentCatalog().getDocumentOutline().children().forEach(entree -> plan.add(entree.getTitle()));
			assertThat(plan).containsExactly("Le poste", "Finalité du poste", "Missions et fonctions", "Compétences requises",
					"Valeurs et éléments de posture", "Conditions d'exercice", "Profil recherché et candidature");
			assertThat(texte).contains(FichesDExemple.INTITULE, "Accompagnement organisationnel — 40 % du temps",
					Mentions.ACTIVITES_PROPRES, FichesDExemple.ACTIVITE_PROPRE, FichesDExemple.COMPETENCE_PROPRE);
			Stream.of(fiche.activites().codes(), fiche.competences().codes(), fiche.valeurs(), List.of(Code.of("M1-D2")))
				.flatMap(List::stream)
				.forEach(code -> assertThat(texte).as(code.valeur()).contains(normaliser(libelle(referentiel, code))));
		}
		assertThat(document.nomDeFichier()).isEqualTo("fiche-de-poste-chargee-de-mission-vie-associative.pdf");
	}

	@Test
	void nommeLeFichierDApresLIntitule() {
		assertThat(documents.docx(FichesDExemple.realiste().avecIntitule("Agent·e de développement « local » / AVA")).nomDeFichier())
			.isEqualTo("fiche-de-poste-agente-de-developpement-local-ava.docx");
	}

	@Test
	void nExportePasUneFicheIncomplete() {
		assertThatThrownBy(() -> documents.docx(FichesDExemple.realiste().avecIntitule("")))
			.isInstanceOfSatisfying(FicheInvalide.class, invalide -> assertThat(invalide.etape()).isEqualTo(Etape.POSTE));
	}

	@Test
	void laPreparationAuDemarrageExporteUneFicheJuste() {
		assertThatCode(preparation::exporterUneFiche).doesNotThrowAnyException();
	}

	@Test
	void leDocxEtLePdfDisentCeQueToutOffreDEmploiDit() throws IOException {
		var attendus = List.of("Finalité du poste", FichesDExemple.ANNONCE.finalite(),
				"Temps de travail : Temps partiel (80 % d'un temps plein)",
				"Rémunération : " + FichesDExemple.ANNONCE.remuneration(), "Profil recherché et candidature",
				FichesDExemple.ANNONCE.profil(), "Diplômes et formation : " + FichesDExemple.ANNONCE.diplomes(),
				"Prise de poste : 1er septembre 2027", "Candidatures : " + FichesDExemple.ANNONCE.contact());
		try (var docx = docx(FichesDExemple.realiste())) {
			assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).containsAll(attendus);
			assertThat(titreAuDessus(docx, FichesDExemple.ANNONCE.finalite())).isEqualTo("Finalité du poste");
		}
		try (var pdf = Loader.loadPDF(documents.pdf(FichesDExemple.realiste()).octets())) {
			var texte = normaliser(new PDFTextStripper().getText(pdf));
			attendus.forEach(attendu -> assertThat(texte).contains(normaliser(attendu)));
		}
	}

	@Test
	void lOptionOteDuDocumentDeLEmployeurLesApartesEtLesAppelsDeNoteDuReferentiel() throws IOException {
		var referentiel = referentiels.dernierePubliee();
		var description = libelle(referentiel, Code.of("M1-D1"));
		assertThat(description).contains("(ne pas faire à la place de", "socio-économique¹");
		var allegee = "Accompagnement stratégique de moyen et long terme sur la création associative, le projet "
				+ "associatif, le modèle socio-économique, le";

		try (var docx = docx(FichesDExemple.realisteSansApartes())) {
			var paragraphes = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(paragraphes).anyMatch(paragraphe -> paragraphe.startsWith(allegee)).contains("Écouter")
				.noneMatch(paragraphe -> paragraphe.contains("¹") || paragraphe.contains("(écoute active)")
						|| paragraphe.contains("(ne pas faire"))
				.anyMatch(paragraphe -> paragraphe.contains(Mentions.SANS_APARTES));
		}
		try (var pdf = Loader.loadPDF(documents.pdf(FichesDExemple.realisteSansApartes()).octets())) {
			var texte = normaliser(new PDFTextStripper().getText(pdf));
			assertThat(texte).contains(allegee).doesNotContain("¹", "(ne pas faire", "(écoute active)");
		}
		try (var docx = docx(FichesDExemple.realiste())) {
			assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText).contains(description, "Écouter (écoute active)");
		}
	}

	private XWPFDocument docx(FicheDePoste fiche) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(documents.docx(fiche).octets()));
	}

	private static List<String> titres(XWPFDocument docx, String style) {
		return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
	}

	/** The text of the heading closest above the paragraph that reads this text. */
	private static String titreAuDessus(XWPFDocument docx, String texte) {
		String titre = null;
		for (var paragraphe : docx.getParagraphs()) {
			if (paragraphe.getStyle() != null && paragraphe.getStyle().startsWith("Heading")) {
				titre = paragraphe.getText();
			}
			if (paragraphe.getText().equals(texte)) {
				return titre;
			}
		}
		throw new AssertionError("Aucun paragraphe « " + texte + " »");
	}

	private static String libelle(Referentiel referentiel, Code code) {
		return referentiel.noeud(code).orElseThrow().libelle();
	}

	/** Lines are wrapped at spaces and after hyphens: compare texts with single spaces, none after a hyphen. */
	private static String normaliser(String texte) {
		return texte.replaceAll("\\s+", " ").replaceAll("- ", "-").strip();
	}

}
