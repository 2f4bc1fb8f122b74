package fr.ava.fichedeposte;

/** How far a job description shows a mission or a function, in words for people rather than scores. */
public enum NiveauDeCouverture {

	PRESENTE("Présente"),
	/** Some sentences come near it, not enough to say the post includes it. */
	INDICES_INSUFFISANTS("Indices insuffisants"),
	AUCUNE_PREUVE("Aucune preuve");

	private final String libelle;

	NiveauDeCouverture(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

}
