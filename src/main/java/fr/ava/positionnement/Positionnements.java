package fr.ava.positionnement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.positionnement.internal.JdbcPositionnements;
import fr.ava.positionnement.internal.JdbcPositionnements.Colonne;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;
import fr.ava.socle.RequeteInvalide;

/**
 * Self-assessments, always read and written on behalf of their author: every method takes the
 * account asking, and someone else's self-assessment is a 404. Answers are checked against the
 * version the self-assessment was made on.
 */
@Service
public class Positionnements {

	/** Missions every accompagnateur·trice rates; M3 and the functions are chosen. */
	public static final List<Code> MISSIONS_OBLIGATOIRES = List.of(Code.of("M1"), Code.of("M2"));

	static final int EXEMPLE_MAXIMUM = 500;

	static final int NOTE_MAXIMUM = 1000;

	private final JdbcPositionnements positionnements;

	private final Referentiels referentiels;

	private final Clock horloge;

	Positionnements(JdbcPositionnements positionnements, Referentiels referentiels, Clock horloge) {
		this.positionnements = positionnements;
		this.referentiels = referentiels;
		this.horloge = horloge;
	}

	/** Starts a self-assessment on the latest published version, on M1, M2 and the chosen scope. */
	@Transactional
	public Positionnement commencer(UUID compteId, Set<Code> choisis) {
		var referentiel = referentiels.dernierePubliee();
		var perimetres = new LinkedHashSet<>(MISSIONS_OBLIGATOIRES);
		for (var code : choisis) {
			if (referentiel.perimetre(code).isEmpty()) {
				throw new RequeteInvalide("positionnement.perimetre.inconnu", code.valeur(), referentiel.numero());
			}
			perimetres.add(code);
		}
		var maintenant = maintenant();
		var positionnement = new Positionnement(UUID.randomUUID(), compteId, referentiel.numero(), maintenant,
				maintenant, null, List.copyOf(perimetres), new HashMap<>());
		positionnements.ajouter(positionnement);
		return positionnement;
	}

	public Positionnement de(UUID compteId, UUID id) {
		return positionnements.de(compteId, id).orElseThrow(PositionnementIntrouvable::new);
	}

	public List<Positionnement> tousDe(UUID compteId) {
		return positionnements.tousDe(compteId);
	}

	/** Two of the person's self-assessments side by side; another's is a 404. */
	public Comparaison comparer(UUID compteId, UUID avant, UUID apres) {
		var premier = de(compteId, avant);
		var second = de(compteId, apres);
		return Comparaison.de(premier, perimetresDe(premier), second, perimetresDe(second));
	}

	/** The version a self-assessment was made on: its items, its texts. */
	public Referentiel referentielDe(Positionnement positionnement) {
		return referentiels.publiee(positionnement.version());
	}

	/** The missions and functions of a self-assessment, in the framework's order. */
	public List<Perimetre> perimetresDe(Positionnement positionnement) {
		return referentielDe(positionnement).perimetres()
			.stream()
			.filter(perimetre -> positionnement.perimetres().contains(perimetre.code()))
			.toList();
	}

	/** Records the answers a page sends, by field name (see {@link ChampsDeReponse}), all or none. */
	@Transactional
	public void repondre(UUID compteId, UUID id, Map<String, String> champs) {
		de(compteId, id);
		ChampsDeReponse.enregistrer(this, compteId, id, champs);
	}

	@Transactional
	public void evaluer(UUID compteId, UUID id, Code competence, int valeur) {
		var niveau = Niveau.de(valeur).orElseThrow(() -> new RequeteInvalide("positionnement.niveau.invalide", valeur));
		var positionnement = modifiable(compteId, id);
		verifierDansLePerimetre(positionnement, competence, Nature.COMPETENCE);
		positionnements.repondre(id, competence, Colonne.NIVEAU, niveau.valeur(), maintenant());
	}

	@Transactional
	public void frequence(UUID compteId, UUID id, Code activite, @Nullable Frequence frequence) {
		var positionnement = modifiable(compteId, id);
		verifierDansLePerimetre(positionnement, activite, Nature.ACTIVITE);
		positionnements.repondre(id, activite, Colonne.FREQUENCE, frequence == null ? null : frequence.name(),
				maintenant());
	}

	/** A portfolio line on a competency or an activity of the scope. */
	@Transactional
	public void exemple(UUID compteId, UUID id, Code element, String texte) {
		var positionnement = modifiable(compteId, id);
		var nature = referentielDe(positionnement).noeud(element).map(noeud -> noeud.nature()).orElse(Nature.SECTION);
		verifierDansLePerimetre(positionnement, element, nature == Nature.ACTIVITE ? Nature.ACTIVITE : Nature.COMPETENCE);
		var ligne = texte.strip();
		if (ligne.length() > EXEMPLE_MAXIMUM) {
			throw new RequeteInvalide("positionnement.exemple.long", EXEMPLE_MAXIMUM);
		}
		positionnements.repondre(id, element, Colonne.EXEMPLE, ligne.isEmpty() ? null : ligne, maintenant());
	}

	/** What a value or posture item is to the person: a strength, to develop, or nothing said. */
	@Transactional
	public void sens(UUID compteId, UUID id, Code valeur, @Nullable Sens sens) {
		verifierValeur(modifiable(compteId, id), valeur);
		positionnements.repondre(id, valeur, Colonne.SENS, sens == null ? null : sens.name(), maintenant());
	}

	/** A free note on a value or posture item. */
	@Transactional
	public void note(UUID compteId, UUID id, Code valeur, String note) {
		verifierValeur(modifiable(compteId, id), valeur);
		var texte = note.strip();
		if (texte.length() > NOTE_MAXIMUM) {
			throw new RequeteInvalide("positionnement.note.longue", NOTE_MAXIMUM);
		}
		positionnements.repondre(id, valeur, Colonne.NOTE, texte.isEmpty() ? null : texte, maintenant());
	}

	private void verifierValeur(Positionnement positionnement, Code valeur) {
		if (referentielDe(positionnement).valeurs().stream().map(Element::code).noneMatch(valeur::equals)) {
			throw new RequeteInvalide("positionnement.code.hors-perimetre", valeur.valeur());
		}
	}

	@Transactional
	public void terminer(UUID compteId, UUID id) {
		modifiable(compteId, id);
		positionnements.terminer(id, maintenant());
	}

	@Transactional
	public void supprimer(UUID compteId, UUID id) {
		de(compteId, id);
		positionnements.supprimer(compteId, id);
	}

	private Positionnement modifiable(UUID compteId, UUID id) {
		var positionnement = de(compteId, id);
		if (positionnement.estTermine()) {
			throw new PositionnementTermine();
		}
		return positionnement;
	}

	private void verifierDansLePerimetre(Positionnement positionnement, Code code, Nature nature) {
		var dansLePerimetre = perimetresDe(positionnement).stream()
			.flatMap(perimetre -> (nature == Nature.ACTIVITE ? perimetre.activites() : perimetre.competences()).stream())
			.anyMatch(element -> element.code().equals(code));
		if (!dansLePerimetre) {
			throw new RequeteInvalide("positionnement.code.hors-perimetre", code.valeur());
		}
	}

	private Instant maintenant() {
		return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
	}

}
