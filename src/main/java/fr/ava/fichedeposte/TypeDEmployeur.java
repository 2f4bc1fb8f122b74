package fr.ava.fichedeposte;

/**
 * Who employs the accompagnateur·trice. A maison des associations is run either by a local
 * authority or by an association: the status of the post (civil service or collective agreement)
 * follows.
 */
public enum TypeDEmployeur {

	COMMUNE("Commune", true),
	INTERCOMMUNALITE("Intercommunalité", true),
	DEPARTEMENT("Département", true),
	ASSOCIATION("Association", false),
	MAISON_DES_ASSOCIATIONS_PUBLIQUE("Maison des associations gérée par une collectivité", true),
	MAISON_DES_ASSOCIATIONS_ASSOCIATIVE("Maison des associations sous statut associatif", false);

	private final String libelle;

	private final boolean collectivite;

	TypeDEmployeur(String libelle, boolean collectivite) {
		this.libelle = libelle;
		this.collectivite = collectivite;
	}

	public String libelle() {
		return libelle;
	}

	/** A local authority: the post has a category and a cadre d'emplois of the territorial civil service. */
	public boolean estUneCollectivite() {
		return collectivite;
	}

}
