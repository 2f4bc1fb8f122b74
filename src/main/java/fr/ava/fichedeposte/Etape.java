package fr.ava.fichedeposte;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The steps of the builder, in order; each is checked before the next one. */
public enum Etape {

	EMPLOYEUR("Employeur et territoire"),
	POSTE("Intitulé et statut du poste"),
	MISSIONS("Missions et fonctions"),
	ACTIVITES("Activités"),
	COMPETENCES("Compétences requises"),
	POSTURE("Valeurs et posture"),
	CONDITIONS("Conditions de travail et relations"),
	RECRUTEMENT("Profil recherché et candidature");

	private final String titre;

	Etape(String titre) {
		this.titre = titre;
	}

	public String titre() {
		return titre;
	}

	/** From 1 to the number of steps. */
	public int numero() {
		return ordinal() + 1;
	}

	public static Optional<Etape> numero(int numero) {
		return Arrays.stream(values()).filter(etape -> etape.numero() == numero).findFirst();
	}

	/** The name of the step's fragment in the templates. */
	public String cle() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Optional<Etape> suivante() {
		return numero(numero() + 1);
	}

	public Optional<Etape> precedente() {
		return numero(numero() - 1);
	}

}
