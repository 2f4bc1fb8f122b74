package fr.ava.positionnement;

import java.util.Arrays;
import java.util.Optional;

/** A part of the report a person may include, named in the report's address by its {@code cle}. */
public enum Rubrique {

	PROFIL("profil", "Mon profil et son graphique"), FORCES("forces", "Mes points forts"),
	ECARTS("ecarts", "Ce qui reste à acquérir"), RENFORCER("renforcer", "À renforcer en priorité"),
	PORTFOLIO("portfolio", "Mon portfolio"), VALEURS("valeurs", "Mes valeurs et remarques");

	private final String cle;

	private final String libelle;

	Rubrique(String cle, String libelle) {
		this.cle = cle;
		this.libelle = libelle;
	}

	public static Optional<Rubrique> parCle(String cle) {
		return Arrays.stream(values()).filter(rubrique -> rubrique.cle.equals(cle)).findFirst();
	}

	public String cle() {
		return cle;
	}

	public String libelle() {
		return libelle;
	}

}
