package fr.ava.recherche.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a job description into sentences, with their offsets in the original text. A line break ends
 * a sentence, except inside a paragraph wrapped by hand; a bullet opens one; within a line,
 * {@link BreakIterator} finds the sentences, and a break after an abbreviation ("M.", "cf.") is undone.
 * Headings tell the rubrique of the sentences that follow.
 */
public final class DecoupageEnPhrases {

	private static final Pattern PUCE = Pattern.compile("^[-–—•·▪◦‣►▸*✓✔→>]+\\s*");

	private static final Pattern NUMERO = Pattern.compile("^(\\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)]\\s+");

	private static final Pattern LETTRE_OU_CHIFFRE = Pattern.compile("[\\p{L}\\p{N}]");

	/** Words after which a full stop ends no sentence. */
	private static final Set<String> ABREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "cf", "ex", "art", "av",
			"bd", "dr", "pr", "st", "ste", "env", "n°", "no", "p", "tél", "tel", "hab", "min", "max", "réf", "ref");

	private static final int MOTS_D_UN_TITRE = 9;

	private static final int LONGUEUR_D_UNE_ETIQUETTE = 40;

	private final LectureDesFiches lecture;

	public DecoupageEnPhrases(LectureDesFiches lecture) {
		this.lecture = lecture;
	}

	public List<Phrase> decouper(String texte) {
		var phrases = new ArrayList<Phrase>();
		var rubrique = RubriqueDeFiche.ENTETE;
		boolean missionsTitrees = false;
		for (var bloc : blocs(texte)) {
			var contenu = texte.substring(bloc.debut(), bloc.fin());
			rubrique = rubriqueOuverte(bloc, contenu).orElse(rubrique);
			missionsTitrees |= rubrique == RubriqueDeFiche.MISSIONS;
			for (var phrase : phrases(texte, bloc)) {
				phrases.add(new Phrase(phrase[0], phrase[1], rubrique,
						lecture.estDuBruit(texte.substring(phrase[0], phrase[1]), rubrique)));
			}
		}
		return missionsTitrees ? phrases : sansTitreDeMissions(phrases);
	}

	/** A text without a heading for the missions, in prose say, tells them in its opening and context. */
	private static List<Phrase> sansTitreDeMissions(List<Phrase> phrases) {
		return phrases.stream()
			.map(phrase -> phrase.rubrique() == RubriqueDeFiche.ENTETE || phrase.rubrique() == RubriqueDeFiche.CONTEXTE
					? new Phrase(phrase.debut(), phrase.fin(), RubriqueDeFiche.MISSIONS, phrase.bruit()) : phrase)
			.toList();
	}

	/** A paragraph, a bullet or a line, without its bullet; {@code lignes} counts the lines it joins. */
	private record Bloc(int debut, int fin, int lignes, boolean puce) {
	}

	private static List<Bloc> blocs(String texte) {
		var blocs = new ArrayList<Bloc>();
		Bloc courant = null;
		int debutDeLigne = 0;
		while (debutDeLigne <= texte.length()) {
			int finDeLigne = texte.indexOf('\n', debutDeLigne);
			if (finDeLigne < 0) {
				finDeLigne = texte.length();
			}
			int debut = sauterLesBlancs(texte, debutDeLigne, finDeLigne);
			int fin = finSansBlancs(texte, debut, finDeLigne);
			if (debut == fin) {
				courant = fermer(blocs, courant);
			}
			else {
				var ligne = texte.substring(debut, fin);
				var puce = PUCE.matcher(ligne);
				var numero = NUMERO.matcher(ligne);
				boolean avecPuce = puce.lookingAt();
				if (avecPuce || numero.lookingAt()) {
					courant = fermer(blocs, courant);
					courant = new Bloc(debut + (avecPuce ? puce.end() : numero.end()), fin, 1, avecPuce);
				}
				else if (courant != null && continue_(texte, courant, ligne)) {
					courant = new Bloc(courant.debut(), fin, courant.lignes() + 1, courant.puce());
				}
				else {
					courant = fermer(blocs, courant);
					courant = new Bloc(debut, fin, 1, false);
				}
			}
			debutDeLigne = finDeLigne + 1;
		}
		fermer(blocs, courant);
		return blocs;
	}

	/** A line wrapped by hand: the previous one ends with no punctuation, this one starts in lower case. */
	private static boolean continue_(String texte, Bloc courant, String ligne) {
		char derniere = texte.charAt(courant.fin() - 1);
		return ".!?:;".indexOf(derniere) < 0 && Character.isLowerCase(ligne.charAt(0));
	}

	private static Bloc fermer(List<Bloc> blocs, Bloc courant) {
		if (courant != null && courant.fin() > courant.debut()) {
			blocs.add(courant);
		}
		return null;
	}

	private Optional<RubriqueDeFiche> rubriqueOuverte(Bloc bloc, String contenu) {
		if (bloc.puce() || bloc.lignes() > 1) {
			return Optional.empty();
		}
		if (contenu.endsWith(":")) {
			var annonce = LectureDesFiches.normaliser(contenu);
			if (annonce.matches(".*\\b(missions?|activites?)\\b.*") || annonce.matches(".*\\bvous\\s*:$")) {
				return Optional.of(RubriqueDeFiche.MISSIONS);
			}
		}
		int deuxPoints = contenu.indexOf(':');
		if (deuxPoints > 0 && deuxPoints <= LONGUEUR_D_UNE_ETIQUETTE) {
			return lecture.rubriqueDuTitre(contenu.substring(0, deuxPoints));
		}
		if (estUnTitre(contenu)) {
			return lecture.rubriqueDuTitre(contenu);
		}
		return Optional.empty();
	}

	private static boolean estUnTitre(String contenu) {
		char derniere = contenu.charAt(contenu.length() - 1);
		return ".;,!".indexOf(derniere) < 0 && contenu.split("\\s+").length <= MOTS_D_UN_TITRE;
	}

	/** The sentences of a block, as offsets in the text. */
	private static List<int[]> phrases(String texte, Bloc bloc) {
		var contenu = texte.substring(bloc.debut(), bloc.fin());
		var coupures = BreakIterator.getSentenceInstance(Locale.FRENCH);
		coupures.setText(contenu);
		var phrases = new ArrayList<int[]>();
		int debut = 0;
		for (int fin = coupures.next(); fin != BreakIterator.DONE; fin = coupures.next()) {
			if (fin < contenu.length() && apresUneAbreviation(contenu, fin)) {
				continue;
			}
			ajouter(phrases, contenu, bloc.debut(), debut, fin);
			debut = fin;
		}
		return phrases;
	}

	private static boolean apresUneAbreviation(String contenu, int coupure) {
		int fin = finSansBlancs(contenu, 0, coupure);
		if (fin == 0 || contenu.charAt(fin - 1) != '.') {
			return false;
		}
		int debut = fin - 1;
		while (debut > 0 && !Character.isWhitespace(contenu.charAt(debut - 1)) && contenu.charAt(debut - 1) != '(') {
			debut--;
		}
		var mot = contenu.substring(debut, fin - 1);
		return ABREVIATIONS.contains(mot.toLowerCase(Locale.FRENCH))
				|| (mot.length() == 1 && Character.isUpperCase(mot.charAt(0)));
	}

	private static void ajouter(List<int[]> phrases, String contenu, int decalage, int debut, int fin) {
		int debutSansBlanc = sauterLesBlancs(contenu, debut, fin);
		int finSansBlanc = finSansBlancs(contenu, debutSansBlanc, fin);
		if (LETTRE_OU_CHIFFRE.matcher(contenu.substring(debutSansBlanc, finSansBlanc)).find()) {
			phrases.add(new int[] { decalage + debutSansBlanc, decalage + finSansBlanc });
		}
	}

	private static int sauterLesBlancs(String texte, int debut, int fin) {
		int position = debut;
		while (position < fin && Character.isWhitespace(texte.charAt(position))) {
			position++;
		}
		return position;
	}

	private static int finSansBlancs(String texte, int debut, int fin) {
		int position = fin;
		while (position > debut && Character.isWhitespace(texte.charAt(position - 1))) {
			position--;
		}
		return position;
	}

}
