package fr.ava.positionnement.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.ava.compte.DonneesPersonnelles;
import fr.ava.positionnement.Positionnement;
import fr.ava.positionnement.Positionnements;

/** The self-assessments in "Mes données"; they go with the account (foreign key). */
@Component
class DonneesDesPositionnements implements DonneesPersonnelles {

	private final Positionnements positionnements;

	DonneesDesPositionnements(Positionnements positionnements) {
		this.positionnements = positionnements;
	}

	@Override
	public String rubrique() {
		return "positionnements";
	}

	@Override
	public List<Positionnement> de(UUID compteId) {
		return positionnements.tousDe(compteId);
	}

}
