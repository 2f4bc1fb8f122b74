package fr.ava.recherche.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** A typed search as the index reads it: its stems, each found whole or, for longer ones, as the start of a word. */
final class RequeteDeRecherche {

	private RequeteDeRecherche() {
	}

	/** Every word must match, as a whole stem or, for longer ones, as the start of a word. */
	static Query requete(String champ, List<String> mots, int prefixeMinimal) {
		var requete = new BooleanQuery.Builder();
		for (var mot : mots) {
			var variantes = new BooleanQuery.Builder()
				.add(new BoostQuery(new TermQuery(new Term(champ, mot)), 2f), Occur.SHOULD);
			if (mot.length() >= prefixeMinimal) {
				variantes.add(new PrefixQuery(new Term(champ, mot)), Occur.SHOULD);
			}
			requete.add(variantes.build(), Occur.MUST);
		}
		return requete.build();
	}

	/** The distinct stems of the text, in their order. */
	static List<String> mots(Analyzer analyseur, String champ, String texte) {
		var mots = new ArrayList<String>();
		try (var flux = analyseur.tokenStream(champ, texte)) {
			var terme = flux.addAttribute(CharTermAttribute.class);
			flux.reset();
			while (flux.incrementToken()) {
				if (!mots.contains(terme.toString())) {
					mots.add(terme.toString());
				}
			}
			flux.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return mots;
	}

}
