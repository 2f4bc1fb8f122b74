package fr.ava.fichedeposte;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.document.FichierRecu;
import fr.ava.fichedeposte.internal.JdbcAnalyses;
import fr.ava.socle.RequeteInvalide;

/** The analyses people keep, each visible to its author only. */
@Service
public class AnalysesEnregistrees {

	/** A name as long as a job title may reasonably be. */
	public static final int NOM_AU_PLUS = 200;

	private final JdbcAnalyses jdbc;

	private final Analyses analyses;

	private final Clock horloge;

	AnalysesEnregistrees(JdbcAnalyses jdbc, Analyses analyses, Clock horloge) {
		this.jdbc = jdbc;
		this.analyses = analyses;
		this.horloge = horloge;
	}

	/**
	 * Keeps the text, after checking it can be analysed; the name defaults to the text's first line.
	 * @throws TexteRefuse when the text is blank or too long
	 * @throws RequeteInvalide when the name is too long
	 */
	@Transactional
	public AnalyseEnregistree enregistrer(UUID compteId, @Nullable String nom, String texte, @Nullable String source) {
		Analyses.verifier(texte);
		var retenu = nom == null || nom.isBlank() ? AnalyseDeFiche.titreProbable(texte) : nom.strip();
		if (retenu.isEmpty()) {
			retenu = "Fiche de poste analysée";
		}
		if (retenu.length() > NOM_AU_PLUS) {
			throw new RequeteInvalide("analyse.nom.long", NOM_AU_PLUS);
		}
		var enregistree = new AnalyseEnregistree(UUID.randomUUID(), compteId, retenu, analyses.derniereVersion(), texte,
				source == null || source.isBlank() ? null : FichierRecu.abrege(source), horloge.instant());
		jdbc.ajouter(enregistree);
		return enregistree;
	}

	/** Most recent first. */
	public List<AnalyseEnregistree> toutesDe(UUID compteId) {
		return jdbc.toutesDe(compteId);
	}

	/**
	 * @throws AnalyseIntrouvable when it does not exist or belongs to someone else
	 */
	public AnalyseEnregistree de(UUID compteId, UUID id) {
		return jdbc.de(compteId, id).orElseThrow(AnalyseIntrouvable::new);
	}

	/** The analysis again, on the version it was made on. */
	public AnalyseDeFiche rouvrir(AnalyseEnregistree enregistree) {
		return analyses.analyser(enregistree.texte(), enregistree.source(), enregistree.version());
	}

	/**
	 * @throws AnalyseIntrouvable when it does not exist or belongs to someone else
	 */
	@Transactional
	public void supprimer(UUID compteId, UUID id) {
		if (!jdbc.supprimer(compteId, id)) {
			throw new AnalyseIntrouvable();
		}
	}

}
