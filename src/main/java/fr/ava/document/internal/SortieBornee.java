package fr.ava.document.internal;

import java.util.Optional;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import fr.ava.document.DocumentRefuse;
import fr.ava.document.DocumentRefuse.Motif;

/**
 * Collects the plain text of a parse, at most {@code caracteresMax} characters (Tika's write limit),
 * and stops it when the document declares too many pages or when its time is up. Every paragraph,
 * heading or list item ends a line: Tika's ODF parser writes none after a heading.
 * <p>
 * Tika's PDF parser records an exception thrown while it extracts a page and goes on with the next
 * one: the stop is therefore kept, thrown again at every event and read after the parse.
 */
final class SortieBornee extends ContentHandlerDecorator {

	private static final Set<String> BLOCS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "tr", "br",
			"blockquote", "pre", "dt", "dd");

	private static final char[] FIN_DE_LIGNE = { '\n' };

	private final Metadata metadata;

	private final String nomDuFichier;

	private final int pagesMax;

	private final long echeance;

	private DocumentRefuse arret;

	private boolean enFinDeLigne = true;

	private boolean finDeLigneDue;

	SortieBornee(String nomDuFichier, Metadata metadata, int caracteresMax, int pagesMax, long echeanceEnNanos) {
		super(new BodyContentHandler(caracteresMax));
		this.nomDuFichier = nomDuFichier;
		this.metadata = metadata;
		this.pagesMax = pagesMax;
		this.echeance = echeanceEnNanos;
	}

	/** Why the parse was stopped, if it was. */
	Optional<DocumentRefuse> arret() {
		return Optional.ofNullable(arret);
	}

	@Override
	public void startElement(String uri, String nomLocal, String nom, Attributes attributs) throws SAXException {
		verifier();
		super.startElement(uri, nomLocal, nom, attributs);
	}

	@Override
	public void endElement(String uri, String nomLocal, String nom) throws SAXException {
		super.endElement(uri, nomLocal, nom);
		finDeLigneDue |= BLOCS.contains(nomLocal);
	}

	@Override
	public void characters(char[] caracteres, int debut, int longueur) throws SAXException {
		verifier();
		allerALaLigneSiDu(caracteres, debut, longueur);
		super.characters(caracteres, debut, longueur);
	}

	@Override
	public void ignorableWhitespace(char[] caracteres, int debut, int longueur) throws SAXException {
		allerALaLigneSiDu(caracteres, debut, longueur);
		super.ignorableWhitespace(caracteres, debut, longueur);
	}

	/** After a block, text goes on a new line, unless the parser has just written one itself. */
	private void allerALaLigneSiDu(char[] caracteres, int debut, int longueur) throws SAXException {
		if (longueur == 0) {
			return;
		}
		if (finDeLigneDue && !enFinDeLigne && caracteres[debut] != '\n') {
			super.ignorableWhitespace(FIN_DE_LIGNE, 0, 1);
		}
		finDeLigneDue = false;
		enFinDeLigne = caracteres[debut + longueur - 1] == '\n';
	}

	private void verifier() throws SAXException {
		if (arret == null) {
			var pages = PagesDeclarees.de(metadata);
			if (pages.isPresent() && pages.getAsInt() > pagesMax) {
				arret = new DocumentRefuse(Motif.TROP_DE_PAGES, nomDuFichier, pages.getAsInt(), pagesMax);
			}
			else if (System.nanoTime() - echeance > 0) {
				arret = new DocumentRefuse(Motif.TROP_LENT, nomDuFichier);
			}
		}
		if (arret != null) {
			throw new SAXException(arret.codeMessage());
		}
	}

}
