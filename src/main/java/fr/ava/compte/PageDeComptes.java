package fr.ava.compte;

import java.util.List;

/**
 * One page of the accounts an administrator looks for, newest first.
 * @param recherche the text looked for in names and addresses, empty for every account
 * @param numero this page's number, from 1
 * @param total how many accounts match, over all pages
 */
public record PageDeComptes(List<Compte> comptes, String recherche, int numero, int pages, int total) {

	public static final int TAILLE = 50;

	public boolean aUnePagePrecedente() {
		return numero > 1;
	}

	public boolean aUnePageSuivante() {
		return numero < pages;
	}

}
