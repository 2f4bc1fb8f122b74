package fr.ava.document.internal;

import java.util.OptionalInt;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;

/**
 * The page count a document states: a PDF's own, the one Word or LibreOffice saved in a DOCX or an ODT
 * (none, or 0, when the document was written by a program that does not lay out pages).
 */
final class PagesDeclarees {

	private PagesDeclarees() {
	}

	static OptionalInt de(Metadata metadata) {
		var pages = metadata.getInt(PagedText.N_PAGES);
		if (pages == null) {
			pages = metadata.getInt(Office.PAGE_COUNT);
		}
		return pages == null || pages < 1 ? OptionalInt.empty() : OptionalInt.of(pages);
	}

}
