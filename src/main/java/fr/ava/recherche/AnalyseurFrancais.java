package fr.ava.recherche;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French analysis of the framework's texts and of what people type: elisions removed ("l'animation"),
 * lower case, stop words dropped, light stemming ("subventions" → "subvention"), then accents folded
 * so that "benevole" meets "bénévole".
 */
public final class AnalyseurFrancais extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String champ) {
		var source = new StandardTokenizer();
		return new TokenStreamComponents(source, new ASCIIFoldingFilter(new FrenchLightStemFilter(mots(source))));
	}

	/** The words as written, before stemming and folding: elisions removed, lower case, no stop words. */
	public static TokenStream mots(Tokenizer source) {
		TokenStream flux = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
		flux = new LowerCaseFilter(flux);
		return new StopFilter(flux, FrenchAnalyzer.getDefaultStopSet());
	}

	@Override
	protected TokenStream normalize(String champ, TokenStream entree) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(entree, FrenchAnalyzer.DEFAULT_ARTICLES)));
	}

}
