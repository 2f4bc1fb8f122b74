package fr.ava.fichedeposte.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.ava.compte.DonneesPersonnelles;
import fr.ava.fichedeposte.FicheEnregistree;
import fr.ava.fichedeposte.FichesDePoste;

/** The saved job descriptions in "Mes données"; they go with the account (foreign key). */
@Component
class DonneesDesFichesDePoste implements DonneesPersonnelles {

	private final FichesDePoste fiches;

	DonneesDesFichesDePoste(FichesDePoste fiches) {
		this.fiches = fiches;
	}

	@Override
	public String rubrique() {
		return "fichesDePoste";
	}

	@Override
	public List<FicheEnregistree> de(UUID compteId) {
		return fiches.toutesDe(compteId);
	}

}
