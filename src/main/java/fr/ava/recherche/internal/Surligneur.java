package fr.ava.recherche.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks in a text the words that a search matched, by the same rule as the search itself: a word
 * matches when its analysed form is a searched stem, or starts with a long enough one. Long texts
 * are cut around the first match.
 */
final class Surligneur {

	private final Analyzer analyseur;

	private final List<String> mots;

	private final int prefixeMinimal;

	private final int longueurMaximale;

	Surligneur(Analyzer analyseur, List<String> mots, int prefixeMinimal, int longueurMaximale) {
		this.analyseur = analyseur;
		this.mots = List.copyOf(mots);
		this.prefixeMinimal = prefixeMinimal;
		this.longueurMaximale = longueurMaximale;
	}

	boolean correspond(String terme) {
		return mots.stream()
			.anyMatch(mot -> terme.equals(mot) || (mot.length() >= prefixeMinimal && terme.startsWith(mot)));
	}

	/** The text, HTML-escaped, with the matching words in {@code <mark>}. */
	String extrait(String texte) {
		var marques = marques(texte);
		int debut = 0;
		int fin = texte.length();
		if (fin > longueurMaximale) {
			debut = marques.isEmpty() ? 0 : debutDeMot(texte, Math.max(0, marques.get(0)[0] - longueurMaximale / 4));
			fin = finDeMot(texte, Math.min(texte.length(), debut + longueurMaximale));
		}
		var extrait = new StringBuilder(debut > 0 ? "… " : "");
		int position = debut;
		for (var marque : marques) {
			if (marque[0] >= position && marque[1] <= fin) {
				extrait.append(echapper(texte.substring(position, marque[0])))
					.append("<mark>")
					.append(echapper(texte.substring(marque[0], marque[1])))
					.append("</mark>");
				position = marque[1];
			}
		}
		extrait.append(echapper(texte.substring(position, fin)));
		return fin < texte.length() ? extrait.append(" …").toString() : extrait.toString();
	}

	private List<int[]> marques(String texte) {
		var marques = new ArrayList<int[]>();
		try (var flux = analyseur.tokenStream("", texte)) {
			var terme = flux.addAttribute(CharTermAttribute.class);
			var decalage = flux.addAttribute(OffsetAttribute.class);
			flux.reset();
			while (flux.incrementToken()) {
				if (correspond(terme.toString())) {
					marques.add(new int[] { decalage.startOffset(), decalage.endOffset() });
				}
			}
			flux.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return marques;
	}

	private static String echapper(String texte) {
		return HtmlUtils.htmlEscape(texte, "UTF-8");
	}

	private static int debutDeMot(String texte, int position) {
		int debut = position;
		while (debut > 0 && !Character.isWhitespace(texte.charAt(debut - 1))) {
			debut--;
		}
		return debut;
	}

	private static int finDeMot(String texte, int position) {
		int fin = position;
		while (fin < texte.length() && !Character.isWhitespace(texte.charAt(fin))) {
			fin++;
		}
		return fin;
	}

}
