package fr.ava.fichedeposte;

/** Whether the post works in the evening, when associations' volunteers meet. */
public enum TravailEnSoiree {

	NON("Non"),
	OCCASIONNEL("Occasionnellement"),
	REGULIER("Régulièrement");

	private final String libelle;

	TravailEnSoiree(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

}
