package fr.ava.recherche.internal;

import java.util.ArrayList;
import java.util.List;

import fr.ava.recherche.Rapprochement;
import fr.ava.referentiel.Referentiel;

/** The matcher of one version of the framework, built once: its targets never change. */
public final class RapprocheurDeVersion {

	private final String version;

	private final AnalyseurDuRapprochement analyse;

	private final DecoupageEnPhrases decoupage;

	private final CiblesDuReferentiel cibles;

	public RapprocheurDeVersion(Referentiel referentiel, AnalyseurDuRapprochement analyse, DecoupageEnPhrases decoupage,
			ExpressionsDuMetier expressions) {
		this.version = referentiel.numero().toString();
		this.analyse = analyse;
		this.decoupage = decoupage;
		this.cibles = new CiblesDuReferentiel(referentiel, analyse, expressions);
	}

	public CorrespondancesDuTexte analyser(String texte) {
		var phrases = decoupage.decouper(texte);
		var correspondances = new ArrayList<List<Correspondance>>(phrases.size());
		for (var phrase : phrases) {
			correspondances.add(phrase.bruit() ? List.of()
					: cibles.correspondances(new MotsDeLaPhrase(analyse.mots(phrase.texte(texte)))));
		}
		return new CorrespondancesDuTexte(texte, phrases, correspondances);
	}

	public Rapprochement rapprocher(String texte, RapprochementSettings reglages) {
		return agreger(analyser(texte), reglages);
	}

	public Rapprochement agreger(CorrespondancesDuTexte analyse, RapprochementSettings reglages) {
		return new Agregation(reglages).rapprochement(version, cibles.perimetres(), analyse);
	}

}
