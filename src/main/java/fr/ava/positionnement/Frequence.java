package fr.ava.positionnement;

/** How often the person does an activity of the framework. */
public enum Frequence {

	JAMAIS("Jamais"), PARFOIS("Parfois"), SOUVENT("Souvent");

	private final String libelle;

	Frequence(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

}
