package fr.ava.fichedeposte;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import fr.ava.recherche.Couverture;
import fr.ava.recherche.Preuve;
import fr.ava.recherche.Rapprochement;

/**
 * A job description read against a version of the framework: its text, where it came from (a file's
 * name, or nothing for pasted text) and how it covers each mission and function.
 */
public record AnalyseDeFiche(String texte, @Nullable String source, Rapprochement rapprochement) {

	/** A title for the analysis: the text's first line when it is short enough to be one. */
	private static final int TITRE_AU_PLUS = 120;

	public String version() {
		return rapprochement.version();
	}

	public List<Couverture> missions() {
		return rapprochement.couvertures().stream().filter(c -> c.code().startsWith("M")).toList();
	}

	public List<Couverture> fonctions() {
		return rapprochement.couvertures().stream().filter(c -> !c.code().startsWith("M")).toList();
	}

	/** The missions and functions the text shows nothing of. */
	public List<Couverture> sansPreuve() {
		return rapprochement.couvertures().stream().filter(c -> c.preuves().isEmpty()).toList();
	}

	/** The codes of the missions and functions found present, in the framework's order. */
	public List<String> codesPresents() {
		return rapprochement.couvertures().stream().filter(Couverture::present).map(Couverture::code).toList();
	}

	public NiveauDeCouverture niveau(Couverture couverture) {
		if (couverture.present()) {
			return NiveauDeCouverture.PRESENTE;
		}
		return couverture.preuves().isEmpty() ? NiveauDeCouverture.AUCUNE_PREUVE : NiveauDeCouverture.INDICES_INSUFFISANTS;
	}

	public String titreProbable() {
		return titreProbable(texte);
	}

	/** The first line of a text, when it is short enough to be a title. */
	static String titreProbable(String texte) {
		return texte.lines()
			.map(String::strip)
			.filter(ligne -> !ligne.isEmpty())
			.findFirst()
			.filter(ligne -> ligne.length() <= TITRE_AU_PLUS)
			.orElse("");
	}

	/** The text cut into pieces, the sentences that give evidence of a present mission or function marked. */
	public List<Passage> passages() {
		Set<Integer> preuves = new TreeSet<>();
		rapprochement.couvertures()
			.stream()
			.filter(Couverture::present)
			.flatMap(c -> c.preuves().stream())
			.map(Preuve::phrase)
			.forEach(preuves::add);
		var passages = new ArrayList<Passage>();
		int curseur = 0;
		for (int indice : preuves) {
			var phrase = rapprochement.phrases().get(indice);
			if (phrase.debut() > curseur) {
				passages.add(new Passage(texte.substring(curseur, phrase.debut()), null));
			}
			passages.add(new Passage(texte.substring(phrase.debut(), phrase.fin()), indice));
			curseur = phrase.fin();
		}
		if (curseur < texte.length()) {
			passages.add(new Passage(texte.substring(curseur), null));
		}
		return passages;
	}

	/** A piece of the text; {@code phrase} is the index of the sentence when it is evidence. */
	public record Passage(String texte, @Nullable Integer phrase) {

		public boolean estUnePreuve() {
			return phrase != null;
		}

	}

}
