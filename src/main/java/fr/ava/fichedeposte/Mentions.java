package fr.ava.fichedeposte;

/** The words AVA adds to every job description, the same in the preview, the DOCX and the PDF. */
public final class Mentions {

	public static final String ACTIVITES_PROPRES = "Activités propres à l'employeur";

	public static final String COMPETENCES_PROPRES = "Compétences propres à l'employeur";

	/** With the number of the version. */
	public static final String SOURCE = "Fiche de poste rédigée avec AVA à partir du référentiel métier de "
			+ "l'accompagnateur·trice de la vie associative locale, version %s (collectif AVA).";

	public static final String MOT_POUR_MOT = "Les descriptions, activités, compétences, valeurs et éléments de "
			+ "posture sont cités mot pour mot du référentiel ; les activités et compétences « propres à "
			+ "l'employeur » sont ajoutées par l'employeur.";

	public static final String SANS_APARTES = "Les descriptions, activités, compétences, valeurs et éléments de "
			+ "posture sont cités du référentiel sans leurs apartés entre parenthèses ni leurs appels de note ; les "
			+ "activités et compétences « propres à l'employeur » sont ajoutées par l'employeur.";

	private Mentions() {
	}

}
