package fr.ava.referentiel;

/** What an item of the framework is; drives its display and its place in the tree. */
public enum Nature {

	DEFINITION("Définition", "Définition"),
	CITATION("Citation", "Citations"),
	GROUPE_DE_MISSIONS("Groupe de missions", "Groupes de missions"),
	MISSION("Mission", "Missions"),
	FONCTION_TRANSVERSALE("Fonction transversale", "Fonctions transversales"),
	FONCTION_SPECIFIQUE("Fonction spécifique", "Fonctions spécifiques"),
	DESCRIPTION("Description", "Descriptions"),
	COMPETENCE("Compétence", "Compétences et savoir-faire"),
	ACTIVITE("Activité", "Exemples d'activités"),
	VALEUR("Valeur ou élément de posture", "Valeurs et éléments de posture"),
	SECTION("Section du contexte", "Contexte et méthode"),
	PARAGRAPHE("Élément du contexte", "Éléments du contexte");

	private final String libelle;

	private final String libellePluriel;

	Nature(String libelle, String libellePluriel) {
		this.libelle = libelle;
		this.libellePluriel = libellePluriel;
	}

	public String libelle() {
		return libelle;
	}

	public String libellePluriel() {
		return libellePluriel;
	}

	public boolean estUnPerimetre() {
		return this == MISSION || this == FONCTION_TRANSVERSALE || this == FONCTION_SPECIFIQUE;
	}

}
