package fr.ava.fichedeposte;

/** The territories the source distinguishes: urbains, semi-urbains/mixtes et ruraux. */
public enum TypeDeTerritoire {

	URBAIN("Urbain"),
	SEMI_URBAIN("Semi-urbain / mixte"),
	RURAL("Rural");

	private final String libelle;

	TypeDeTerritoire(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

}
