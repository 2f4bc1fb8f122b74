package fr.ava.fichedeposte;

/** Full or part time; a part-time post says its share of full time. */
public enum TempsDeTravail {

	PLEIN("Temps plein"),
	PARTIEL("Temps partiel");

	private final String libelle;

	TempsDeTravail(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

}
