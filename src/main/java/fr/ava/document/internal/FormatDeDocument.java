package fr.ava.document.internal;

import org.apache.tika.mime.MediaType;

/** The formats whose text AVA reads, with the media type Tika's detector gives them. */
public enum FormatDeDocument {

	PDF("application/pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	ODT("application/vnd.oasis.opendocument.text"),
	RTF("application/rtf"),
	TXT("text/plain");

	private final MediaType type;

	FormatDeDocument(String type) {
		this.type = MediaType.parse(type);
	}

	MediaType type() {
		return type;
	}

	/** DOCX and ODT are ZIP archives of XML files. */
	boolean estUneArchiveZip() {
		return this == DOCX || this == ODT;
	}

}
