package fr.ava.fichedeposte;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.fichedeposte.internal.JdbcFichesDePoste;

/**
 * The job descriptions an account saves, always read and written on behalf of their author: every
 * method takes the account asking, and someone else's job description is a 404. Only a job
 * description whose every step is right is saved, whole, in one transaction.
 */
@Service
public class FichesDePoste {

	private final JdbcFichesDePoste fiches;

	private final Redaction redaction;

	private final Clock horloge;

	FichesDePoste(JdbcFichesDePoste fiches, Redaction redaction, Clock horloge) {
		this.fiches = fiches;
		this.redaction = redaction;
		this.horloge = horloge;
	}

	/** @throws FicheInvalide when a step has errors; nothing is saved */
	@Transactional
	public FicheEnregistree enregistrer(UUID compteId, FicheDePoste fiche) {
		var maintenant = maintenant();
		var enregistree = new FicheEnregistree(UUID.randomUUID(), compteId, maintenant, maintenant,
				redaction.valider(fiche));
		fiches.ajouter(enregistree);
		return enregistree;
	}

	/** @throws FicheInvalide when a step has errors; the saved job description stays as it was */
	@Transactional
	public FicheEnregistree modifier(UUID compteId, UUID id, FicheDePoste fiche) {
		var avant = de(compteId, id);
		var apres = new FicheEnregistree(id, compteId, avant.creeLe(), maintenant(), redaction.valider(fiche));
		fiches.remplacer(apres);
		return apres;
	}

	public FicheEnregistree de(UUID compteId, UUID id) {
		return fiches.de(compteId, id).orElseThrow(FicheIntrouvable::new);
	}

	public List<FicheEnregistree> toutesDe(UUID compteId) {
		return fiches.toutesDe(compteId);
	}

	/** A copy to adapt for another post, its title marked as a copy. */
	@Transactional
	public FicheEnregistree dupliquer(UUID compteId, UUID id) {
		var fiche = de(compteId, id).fiche();
		var intitule = fiche.poste().intitule();
		var suffixe = " (copie)";
		var copie = intitule.substring(0, Math.min(intitule.length(), Redaction.INTITULE_MAXIMUM - suffixe.length()))
				+ suffixe;
		return enregistrer(compteId, fiche.avecIntitule(copie));
	}

	/** Deletes it and gives what it was, for the confirmation message. */
	@Transactional
	public FicheEnregistree supprimer(UUID compteId, UUID id) {
		var fiche = de(compteId, id);
		fiches.supprimer(compteId, id);
		return fiche;
	}

	private Instant maintenant() {
		return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
	}

}
