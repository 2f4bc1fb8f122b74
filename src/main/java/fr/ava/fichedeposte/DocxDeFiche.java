package fr.ava.fichedeposte;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.springframework.core.io.ClassPathResource;

import fr.ava.socle.NettoyageDuTexte;

/**
 * A job description as an editable Word file: Word's built-in title and heading styles with their
 * outline levels, bulleted lists from a numbering definition, French as the language of the text,
 * and the title, subject and language in the document's properties.
 */
final class DocxDeFiche {

	private static final byte[] STYLES = ressource("fichedeposte/styles.xml");

	private static final byte[] NUMEROTATION = ressource("fichedeposte/numbering.xml");

	/** The bulleted list defined in numbering.xml. */
	private static final BigInteger PUCES = BigInteger.ONE;

	private final XWPFDocument document;

	private DocxDeFiche(XWPFDocument document) {
		this.document = document;
	}

	static byte[] ecrire(TexteDeLaFiche texte) {
		try (var document = new XWPFDocument(); var sortie = new ByteArrayOutputStream()) {
			document.createStyles().setStyles(StylesDocument.Factory.parse(lire(STYLES)).getStyles());
			document.createNumbering().setNumbering(NumberingDocument.Factory.parse(lire(NUMEROTATION)).getNumbering());
			var proprietes = document.getProperties().getCoreProperties();
			proprietes.setTitle(NettoyageDuTexte.sansCaracteresInterdits(texte.intitule()));
			proprietes.setSubjectProperty("Fiche de poste");
			proprietes.setCreator("AVA");
			proprietes.setDescription(Mentions.SOURCE.formatted(texte.version()));
			proprietes.getUnderlyingProperties().setLanguageProperty("fr-FR");
			new DocxDeFiche(document).contenu(texte);
			document.write(sortie);
			return sortie.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XmlException ex) {
			throw new IllegalStateException("Styles ou numérotation du DOCX illisibles", ex);
		}
	}

	private void contenu(TexteDeLaFiche texte) {
		paragraphe("Title", texte.intitule());
		paragraphe("Subtitle", "Fiche de poste");

		titre(1, "Le poste");
		lignes(texte.identification());
		if (!texte.finalite().isEmpty()) {
			titre(1, "Finalité du poste");
			texte.finalite().forEach(ligne -> paragraphe("Normal", ligne));
		}

		titre(1, "Missions et fonctions");
		for (var perimetre : texte.perimetres()) {
			titre(2, perimetre.libelle() + " — " + perimetre.part() + " % du temps");
			perimetre.description().forEach(ligne -> paragraphe("Normal", ligne));
			if (!perimetre.activites().isEmpty()) {
				titre(3, "Activités");
				puces(perimetre.activites());
			}
		}
		if (!texte.activitesPropres().isEmpty()) {
			titre(2, Mentions.ACTIVITES_PROPRES);
			puces(texte.activitesPropres());
		}

		titre(1, "Compétences requises");
		for (var perimetre : texte.perimetres()) {
			if (!perimetre.competences().isEmpty()) {
				titre(2, perimetre.libelle());
				puces(perimetre.competences());
			}
		}
		if (!texte.competencesPropres().isEmpty()) {
			titre(2, Mentions.COMPETENCES_PROPRES);
			puces(texte.competencesPropres());
		}

		if (!texte.valeurs().isEmpty()) {
			titre(1, "Valeurs et éléments de posture");
			puces(texte.valeurs());
		}
		if (!texte.conditions().isEmpty()) {
			titre(1, "Conditions d'exercice");
			lignes(texte.conditions());
		}
		if (texte.aUnProfilOuUneCandidature()) {
			titre(1, "Profil recherché et candidature");
			texte.profil().forEach(ligne -> paragraphe("Normal", ligne));
			lignes(texte.recrutement());
		}
		var source = paragraphe("Normal", texte.mention());
		source.setSpacingBefore(360);
		source.getRuns().forEach(morceau -> {
			morceau.setItalic(true);
			morceau.setFontSize(9);
		});
	}

	private void titre(int niveau, String texte) {
		paragraphe("Heading" + niveau, texte);
	}

	private XWPFParagraph paragraphe(String style, String texte) {
		var paragraphe = document.createParagraph();
		paragraphe.setStyle(style);
		ecrire(paragraphe, texte);
		return paragraphe;
	}

	private void puces(List<String> lignes) {
		for (var ligne : lignes) {
			var paragraphe = paragraphe("ListParagraph", ligne);
			paragraphe.setNumID(PUCES);
			paragraphe.setNumILvl(BigInteger.ZERO);
		}
	}

	/** Labelled lines, the label in bold: "Horaires : 35 heures…". */
	private void lignes(List<TexteDeLaFiche.Ligne> lignes) {
		for (var ligne : lignes) {
			var paragraphe = document.createParagraph();
			paragraphe.setStyle("Normal");
			ecrire(paragraphe, ligne.libelle() + " : ").setBold(true);
			ecrire(paragraphe, ligne.valeur());
		}
	}

	/** A character XML cannot carry, from a text stored before AVA cleaned what enters, is left out. */
	private static XWPFRun ecrire(XWPFParagraph paragraphe, String texte) {
		var morceau = paragraphe.createRun();
		morceau.setText(NettoyageDuTexte.sansCaracteresInterdits(texte));
		return morceau;
	}

	private static InputStream lire(byte[] octets) {
		return new ByteArrayInputStream(octets);
	}

	private static byte[] ressource(String chemin) {
		try (var entree = new ClassPathResource(chemin).getInputStream()) {
			return entree.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
