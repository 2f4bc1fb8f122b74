package fr.ava.compte;

/** An account's place in a structure: a manager is an employer for AVA. */
public enum RoleDansLaStructure {

	MEMBRE("Membre"),
	GESTIONNAIRE("Gestionnaire (responsable, employeur)");

	private final String libelle;

	RoleDansLaStructure(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

}
