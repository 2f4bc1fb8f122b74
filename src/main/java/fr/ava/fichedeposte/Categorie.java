package fr.ava.fichedeposte;

import java.util.List;

/**
 * The category of a post in the territorial civil service, with cadres d'emplois where
 * accompagnateur·trices are found: AVA's suggestions, not the framework's text.
 */
public enum Categorie {

	A(List.of("Attachés territoriaux", "Conseillers territoriaux socio-éducatifs")),
	B(List.of("Rédacteurs territoriaux", "Animateurs territoriaux")),
	C(List.of("Adjoints administratifs territoriaux", "Adjoints territoriaux d'animation"));

	private final List<String> cadresDEmplois;

	Categorie(List<String> cadresDEmplois) {
		this.cadresDEmplois = cadresDEmplois;
	}

	public String libelle() {
		return "Catégorie " + name();
	}

	public List<String> cadresDEmplois() {
		return cadresDEmplois;
	}

}
