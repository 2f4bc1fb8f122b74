package fr.ava.recherche.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import fr.ava.recherche.Couverture;
import fr.ava.recherche.ElementRapproche;
import fr.ava.recherche.PhraseRapprochee;
import fr.ava.recherche.Preuve;
import fr.ava.recherche.Rapprochement;
import fr.ava.referentiel.Perimetre;

/**
 * From the matches of each sentence to the coverage of each mission and function: a sentence weighs
 * by its rubrique, weak evidence is dropped, the evidence of the sentences adds up as independent
 * clues (1 − ∏(1 − s)), each worth at most {@link RapprochementSettings#force()}, and the learned threshold says
 * present or not.
 */
public final class Agregation {

	private static final Comparator<Correspondance> MEILLEURE_D_ABORD = Comparator
		.comparingDouble(Correspondance::score)
		.reversed();

	private final RapprochementSettings reglages;

	public Agregation(RapprochementSettings reglages) {
		this.reglages = reglages;
	}

	public Rapprochement rapprochement(String version, List<Perimetre> perimetres, CorrespondancesDuTexte analyse) {
		var phrases = new ArrayList<PhraseRapprochee>();
		var absence = new double[perimetres.size()];
		Arrays.fill(absence, 1);
		var preuves = new ArrayList<List<Preuve>>();
		perimetres.forEach(perimetre -> preuves.add(new ArrayList<>()));
		for (int indice = 0; indice < analyse.phrases().size(); indice++) {
			var phrase = analyse.phrases().get(indice);
			var texte = phrase.texte(analyse.texte());
			double poids = phrase.bruit() ? 0 : reglages.poids(phrase.rubrique());
			var retenues = analyse.correspondances()
				.get(indice)
				.stream()
				.filter(correspondance -> correspondance.score() * poids >= reglages.plancher())
				.sorted(MEILLEURE_D_ABORD)
				.toList();
			phrases.add(new PhraseRapprochee(phrase.debut(), phrase.fin(), texte, retenues.stream()
				.map(correspondance -> new ElementRapproche(correspondance.code(), arrondi(correspondance.score())))
				.toList()));
			var meilleures = new double[perimetres.size()];
			var codes = new ArrayList<List<String>>();
			perimetres.forEach(perimetre -> codes.add(new ArrayList<>()));
			for (var correspondance : retenues) {
				int perimetre = correspondance.perimetre();
				meilleures[perimetre] = Math.max(meilleures[perimetre], correspondance.score() * poids * reglages.force());
				codes.get(perimetre).add(correspondance.code());
			}
			for (int perimetre = 0; perimetre < perimetres.size(); perimetre++) {
				if (meilleures[perimetre] > 0) {
					absence[perimetre] *= 1 - Math.min(1, meilleures[perimetre]);
					preuves.get(perimetre).add(new Preuve(indice, texte, codes.get(perimetre)));
				}
			}
		}
		var couvertures = new ArrayList<Couverture>();
		for (int indice = 0; indice < perimetres.size(); indice++) {
			var perimetre = perimetres.get(indice);
			double score = arrondi(1 - absence[indice]);
			boolean present = score > 0 && score >= reglages.seuil(perimetre.code().valeur());
			couvertures.add(new Couverture(perimetre.code().valeur(), perimetre.libelle(), present, score,
					preuves.get(indice)));
		}
		return new Rapprochement(version, phrases, couvertures);
	}

	private static double arrondi(double score) {
		return Math.round(score * 1000) / 1000.0;
	}

}
