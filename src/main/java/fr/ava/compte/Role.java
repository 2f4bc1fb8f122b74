package fr.ava.compte;

/** What an account may do in AVA; every account is at least an accompagnateur·trice. */
public enum Role {

	ACCOMPAGNATEUR("Accompagnateur·trice"),
	EMPLOYEUR("Employeur"),
	FORMATEUR("Formateur·trice"),
	CURATEUR("Curateur·trice"),
	ADMINISTRATEUR("Administrateur·trice");

	private final String libelle;

	Role(String libelle) {
		this.libelle = libelle;
	}

	public String libelle() {
		return libelle;
	}

	/** The authority Spring Security checks, {@code ROLE_…}. */
	public String autorite() {
		return "ROLE_" + name();
	}

}
