package fr.ava.fichedeposte.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.ava.compte.DonneesPersonnelles;
import fr.ava.fichedeposte.AnalyseEnregistree;
import fr.ava.fichedeposte.AnalysesEnregistrees;

/** The kept analyses in "Mes données"; they go with the account (foreign key). */
@Component
class DonneesDesAnalyses implements DonneesPersonnelles {

	private final AnalysesEnregistrees analyses;

	DonneesDesAnalyses(AnalysesEnregistrees analyses) {
		this.analyses = analyses;
	}

	@Override
	public String rubrique() {
		return "analysesDeFichesDePoste";
	}

	@Override
	public List<AnalyseEnregistree> de(UUID compteId) {
		return analyses.toutesDe(compteId);
	}

}
