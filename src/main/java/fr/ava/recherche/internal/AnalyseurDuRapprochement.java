package fr.ava.recherche.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.springframework.core.io.ClassPathResource;

import fr.ava.recherche.AnalyseurFrancais;

/**
 * The French analysis of the search, followed by the synonyms of the matcher
 * ({@code recherche/rapprochement/synonymes.txt}): a job description and the framework then speak
 * with the same words. Job descriptions often say "vous organisez": such verbs are read as
 * infinitives ("organiser"), which the light stemmer knows; "forme" is read "façon".
 */
public final class AnalyseurDuRapprochement extends AnalyzerWrapper {

	static final String SYNONYMES = "recherche/rapprochement/synonymes.txt";

	/** "organisez" → "organiser"; "chez" is too short to be a verb. */
	private static final Pattern DEUXIEME_PERSONNE = Pattern.compile("(?<=\\p{L}{3})ez\\b");

	/** The light stem of "forme" is that of "formation": "nouvelles formes" would be training. */
	private static final Pattern FORME = Pattern.compile("\\b([Ff])ormes?\\b");

	/** Punctuation that ends a phrase: commas, brackets, quotes, slashes, dashes between spaces. */
	private static final Pattern PONCTUATION = Pattern.compile("[,;:.!?()\\[\\]«»\"/•]|\\s[–—-]\\s");

	private static final int SAUT_DE_PONCTUATION = 10;

	private final Analyzer francais = new Infinitifs(new AnalyseurFrancais());

	private final SynonymMap synonymes;

	public AnalyseurDuRapprochement() {
		super(GLOBAL_REUSE_STRATEGY);
		this.synonymes = synonymes(francais);
	}

	/** The French analysis, after two rewritings of the text that the light stemmer needs. */
	private static final class Infinitifs extends AnalyzerWrapper {

		private final Analyzer francais;

		Infinitifs(Analyzer francais) {
			super(GLOBAL_REUSE_STRATEGY);
			this.francais = francais;
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String champ) {
			return francais;
		}

		@Override
		protected Reader wrapReader(String champ, Reader lecteur) {
			return new PatternReplaceCharFilter(FORME, "$1açon",
					new PatternReplaceCharFilter(DEUXIEME_PERSONNE, "er", lecteur));
		}

	}

	private static SynonymMap synonymes(Analyzer francais) {
		// expand=false: every word of a line is replaced by the first one
		var lecteur = new SolrSynonymParser(true, false, francais);
		try (var fichier = new InputStreamReader(new ClassPathResource(SYNONYMES).getInputStream(),
				StandardCharsets.UTF_8)) {
			lecteur.parse(fichier);
			return lecteur.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Synonymes illisibles (" + SYNONYMES + ") : " + ex.getMessage(), ex);
		}
	}

	@Override
	protected Analyzer getWrappedAnalyzer(String champ) {
		return francais;
	}

	@Override
	protected TokenStreamComponents wrapComponents(String champ, TokenStreamComponents composants) {
		return new TokenStreamComponents(composants.getSource(),
				new SynonymGraphFilter(composants.getTokenStream(), synonymes, false));
	}

	/**
	 * The analysed words of a text with their positions: a dropped stop word still takes a position,
	 * so that "dossier de subvention" and "dossier subvention" are told apart, and punctuation between
	 * two words sets them far apart: the items of a list ("accueil, conseil juridique") are no phrase.
	 */
	public List<Mot> mots(String texte) {
		var mots = new ArrayList<Mot>();
		try (var flux = tokenStream("", texte)) {
			var terme = flux.addAttribute(CharTermAttribute.class);
			var increment = flux.addAttribute(PositionIncrementAttribute.class);
			var decalage = flux.addAttribute(OffsetAttribute.class);
			flux.reset();
			int position = -1;
			int finDuPrecedent = -1;
			while (flux.incrementToken()) {
				position += increment.getPositionIncrement();
				if (finDuPrecedent >= 0 && increment.getPositionIncrement() > 0
						&& PONCTUATION.matcher(texte.substring(Math.min(finDuPrecedent, decalage.startOffset()),
								decalage.startOffset())).find()) {
					position += SAUT_DE_PONCTUATION;
				}
				finDuPrecedent = Math.max(finDuPrecedent, decalage.endOffset());
				mots.add(new Mot(terme.toString(), position));
			}
			flux.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return mots;
	}

	public record Mot(String terme, int position) {
	}

}
