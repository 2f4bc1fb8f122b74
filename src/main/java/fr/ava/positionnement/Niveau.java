package fr.ava.positionnement;

import java.util.Arrays;
import java.util.Optional;

/** AVA's own five-level scale for a competency (not the collective's text). */
public enum Niveau {

	NE_PRATIQUE_PAS(0, "Je ne pratique pas", "Je n'ai pas encore eu à le faire."),
	NOTIONS(1, "Notions", "Je sais de quoi il s'agit, sans l'avoir vraiment pratiqué."),
	AVEC_APPUI(2, "Je pratique avec appui", "Je le fais avec l'aide d'un·e collègue, d'un outil ou d'une ressource."),
	AUTONOMIE(3, "Je pratique en autonomie", "Je le fais seul·e, dans les situations courantes de mon poste."),
	TRANSMETTRE(4, "Je peux transmettre", "Je sais l'expliquer, l'adapter à des cas nouveaux et former d'autres personnes.");

	private final int valeur;

	private final String libelle;

	private final String descripteur;

	Niveau(int valeur, String libelle, String descripteur) {
		this.valeur = valeur;
		this.libelle = libelle;
		this.descripteur = descripteur;
	}

	public static Optional<Niveau> de(int valeur) {
		return Arrays.stream(values()).filter(niveau -> niveau.valeur == valeur).findFirst();
	}

	public int valeur() {
		return valeur;
	}

	public String libelle() {
		return libelle;
	}

	public String descripteur() {
		return descripteur;
	}

}
