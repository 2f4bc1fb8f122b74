package fr.ava.recherche.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;

import fr.ava.recherche.AnalyseurFrancais;

/**
 * The words of a version as it writes them, to propose the nearest ones to a word it does not
 * contain. The spell checker compares the words without accents ("benevols" is one letter from
 * "benevoles"), over the field {@link #CHAMP} of the search index, where they are neither stemmed
 * nor stop words; each proposal is then given back as the framework writes it ("bénévoles").
 */
final class Orthographe {

	static final String CHAMP = "mot";

	private final DirectSpellChecker correcteur = new DirectSpellChecker();

	private final IndexReader lecteur;

	/** The written form of each folded word: the most frequent one when accents vary. */
	private final Map<String, String> ecritures = new HashMap<>();

	/** The analysis of the field {@link #CHAMP}: whole words, lower case, accents folded. */
	static final class AnalyseurDesMots extends Analyzer {

		private final boolean plier;

		AnalyseurDesMots(boolean plier) {
			this.plier = plier;
		}

		@Override
		protected TokenStreamComponents createComponents(String champ) {
			var source = new StandardTokenizer();
			var mots = AnalyseurFrancais.mots(source);
			return new TokenStreamComponents(source, plier ? new ASCIIFoldingFilter(mots) : mots);
		}

	}

	private final AnalyseurDesMots ecrits = new AnalyseurDesMots(false);

	/** @param lecteur the index whose field {@link #CHAMP} holds the texts */
	Orthographe(IndexReader lecteur, List<String> textes) {
		this.lecteur = lecteur;
		var frequences = new HashMap<String, Map<String, Integer>>();
		textes.forEach(texte -> mots(texte, (mot, position) -> frequences.computeIfAbsent(plier(mot), plie -> new HashMap<>())
			.merge(mot, 1, Integer::sum)));
		frequences.forEach((plie, formes) -> ecritures.put(plie,
				formes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
	}

	/** A word the framework does not write, and that proposals could correct: letters only. */
	boolean inconnu(String mot) {
		return mot.chars().allMatch(Character::isLetter) && !ecritures.containsKey(plier(mot));
	}

	/** The framework's words nearest to a word, nearest first, as it writes them. */
	List<String> proches(String mot, int nombre) {
		try {
			var proches = new ArrayList<String>();
			for (var proche : correcteur.suggestSimilar(new Term(CHAMP, plier(mot)), nombre, lecteur)) {
				var ecrit = ecritures.get(proche.string);
				if (ecrit != null && !proches.contains(ecrit)) {
					proches.add(ecrit);
				}
			}
			return proches;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether two words are the same but for accents and a final s or x: "subventions", "subvention". */
	static boolean auNombrePres(String mot, String autre) {
		return singulier(plier(mot)).equals(singulier(plier(autre)));
	}

	private static String singulier(String mot) {
		return mot.replaceFirst("[sx]$", "");
	}

	/** Each word of a text, lower case, stop words left out, with where it starts and ends in the text. */
	void mots(String texte, BiConsumer<String, int[]> action) {
		try (var flux = ecrits.tokenStream(CHAMP, texte)) {
			var terme = flux.addAttribute(CharTermAttribute.class);
			var position = flux.addAttribute(OffsetAttribute.class);
			flux.reset();
			while (flux.incrementToken()) {
				action.accept(terme.toString(), new int[] { position.startOffset(), position.endOffset() });
			}
			flux.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String plier(String mot) {
		var entree = mot.toCharArray();
		var sortie = new char[entree.length * 4];
		var longueur = ASCIIFoldingFilter.foldToASCII(entree, 0, sortie, 0, entree.length);
		return new String(sortie, 0, longueur);
	}

}
