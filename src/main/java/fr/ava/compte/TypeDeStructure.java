package fr.ava.compte;

/** The kinds of employers and places where accompagnateur·trices work. */
public enum TypeDeStructure {

	COMMUNE("Commune"),
	INTERCOMMUNALITE("Intercommunalité"),
	DEPARTEMENT("Département"),
	ASSOCIATION("Association"),
	MAISON_DES_ASSOCIATIONS("Maison des associations"),
	AUTRE("Autre");

	private final String libelle;

	TypeDeStructure(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

}
