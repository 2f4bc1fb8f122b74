package fr.ava.positionnement;

/** What a value or posture item is to the person: a strength, or something to develop. Not a score. */
public enum Sens {

	FORCE("Une force"), A_DEVELOPPER("À développer");

	private final String libelle;

	Sens(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

}
