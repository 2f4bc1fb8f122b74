package fr.ava.recherche.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;

/**
 * What a sentence is matched against, for one version: the label of each mission and function and
 * each of their items (description lines, competencies, activities), as analysed words weighted by
 * their rarity in the framework, with the expressions of the trade listed for each.
 */
public final class CiblesDuReferentiel {

	/** Fewer shared words score less: one or two common words are weak evidence. */
	private static final double MOTS_POUR_UN_SCORE_PLEIN = 3;

	/**
	 * @param etendue how many positions the item's own words span: the words a sentence shares with it
	 *        count together only within that span, plus {@link Expression#ECART}
	 */
	private record Cible(String code, int perimetre, Map<String, Double> poids, double poidsTotal, int etendue) {
	}

	private record Motif(int cible, Expression expression) {
	}

	private final List<Perimetre> perimetres;

	private final List<Cible> cibles = new ArrayList<>();

	private final Map<String, List<Integer>> ciblesParTerme = new HashMap<>();

	private final Map<String, List<Motif>> motifsParTerme = new HashMap<>();

	public CiblesDuReferentiel(Referentiel referentiel, AnalyseurDuRapprochement analyse, ExpressionsDuMetier expressions) {
		this.perimetres = referentiel.perimetres();
		var textes = new ArrayList<Set<String>>();
		var etendues = new ArrayList<Integer>();
		var codes = new ArrayList<String>();
		var rangs = new ArrayList<Integer>();
		for (int rang = 0; rang < perimetres.size(); rang++) {
			var perimetre = perimetres.get(rang);
			var textesDuPerimetre = new ArrayList<String>();
			textesDuPerimetre.add(perimetre.libelle());
			codes.add(perimetre.code().valeur());
			perimetre.elements().forEach(element -> {
				textesDuPerimetre.add(element.libelle());
				codes.add(element.code().valeur());
			});
			for (var texte : textesDuPerimetre) {
				var mots = analyse.mots(texte);
				rangs.add(rang);
				textes.add(new LinkedHashSet<>(mots.stream().map(AnalyseurDuRapprochement.Mot::terme).toList()));
				etendues.add(mots.isEmpty() ? 0 : mots.get(mots.size() - 1).position() - mots.get(0).position());
			}
		}
		var frequences = new HashMap<String, Integer>();
		textes.forEach(termes -> termes.forEach(terme -> frequences.merge(terme, 1, Integer::sum)));
		for (int indice = 0; indice < textes.size(); indice++) {
			var poids = new HashMap<String, Double>();
			for (var terme : textes.get(indice)) {
				poids.put(terme, Math.log(1 + (double) textes.size() / frequences.get(terme)));
				ciblesParTerme.computeIfAbsent(terme, cle -> new ArrayList<>()).add(indice);
			}
			cibles.add(new Cible(codes.get(indice), rangs.get(indice), poids,
					poids.values().stream().mapToDouble(Double::doubleValue).sum(), etendues.get(indice)));
			for (var texte : expressions.de(codes.get(indice))) {
				var expression = Expression.lue(texte, analyse);
				if (!expression.estVide()) {
					motifsParTerme.computeIfAbsent(expression.premierTerme(), cle -> new ArrayList<>())
						.add(new Motif(indice, expression));
				}
			}
		}
	}

	public List<Perimetre> perimetres() {
		return perimetres;
	}

	/** The items a sentence matches, by the analysed words of the sentence. */
	public List<Correspondance> correspondances(MotsDeLaPhrase phrase) {
		var termes = phrase.termes();
		var partages = new HashMap<Integer, List<String>>();
		for (var terme : termes) {
			for (var indice : ciblesParTerme.getOrDefault(terme, List.of())) {
				partages.computeIfAbsent(indice, cle -> new ArrayList<>()).add(terme);
			}
		}
		var scores = new HashMap<Integer, Double>();
		partages.forEach((indice, mots) -> scores.put(indice, part(cibles.get(indice), mots, phrase)));
		for (var terme : termes) {
			for (var motif : motifsParTerme.getOrDefault(terme, List.of())) {
				if (scores.getOrDefault(motif.cible(), 0.0) < 1 && motif.expression().trouveeDans(phrase)) {
					scores.put(motif.cible(), 1.0);
				}
			}
		}
		var correspondances = new ArrayList<Correspondance>(scores.size());
		scores.forEach((indice, score) -> {
			if (score <= 0) {
				return;
			}
			var cible = cibles.get(indice);
			correspondances.add(new Correspondance(cible.code(), cible.perimetre(), score));
		});
		return correspondances;
	}

	/**
	 * The share of the item's words a sentence says close together, weighted by their rarity, and
	 * lowered when few words are shared.
	 */
	private static double part(Cible cible, List<String> partages, MotsDeLaPhrase phrase) {
		var occurrences = new ArrayList<int[]>();
		for (int rang = 0; rang < partages.size(); rang++) {
			for (int position : phrase.positions(partages.get(rang))) {
				occurrences.add(new int[] { position, rang });
			}
		}
		occurrences.sort((une, autre) -> Integer.compare(une[0], autre[0]));
		int largeur = cible.etendue() + Expression.ECART;
		double meilleur = 0;
		int meilleurNombre = 0;
		var compte = new int[partages.size()];
		double poids = 0;
		int nombre = 0;
		int debut = 0;
		for (var occurrence : occurrences) {
			if (compte[occurrence[1]]++ == 0) {
				poids += cible.poids().get(partages.get(occurrence[1]));
				nombre++;
			}
			while (occurrence[0] - occurrences.get(debut)[0] > largeur) {
				int sortant = occurrences.get(debut++)[1];
				if (--compte[sortant] == 0) {
					poids -= cible.poids().get(partages.get(sortant));
					nombre--;
				}
			}
			if (poids > meilleur) {
				meilleur = poids;
				meilleurNombre = nombre;
			}
		}
		return meilleur / cible.poidsTotal() * Math.min(1, meilleurNombre / MOTS_POUR_UN_SCORE_PLEIN);
	}

}
