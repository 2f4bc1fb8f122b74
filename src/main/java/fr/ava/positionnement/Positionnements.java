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

	public static final int NOM_MAXIMUM = 80;

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
		return commencer(compteId, choisis, null);
	}

	/** The same, under the name its author gives it (blank for none). */
	@Transactional
	public Positionnement commencer(UUID compteId, Set<Code> choisis, @Nullable String nom) {
		var nomVerifie = nomVerifie(nom);
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
				maintenant, null, List.copyOf(perimetres), new HashMap<>(), nomVerifie);
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
		ChampsDeReponse.enregistrer(saisie(compteId, id), champs);
	}

	@Transactional
	public void evaluer(UUID compteId, UUID id, Code competence, int valeur) {
		saisie(compteId, id).niveau(competence, valeur);
	}

	@Transactional
	public void frequence(UUID compteId, UUID id, Code activite, @Nullable Frequence frequence) {
		saisie(compteId, id).frequence(activite, frequence);
	}

	/** A portfolio line on a competency or an activity of the scope. */
	@Transactional
	public void exemple(UUID compteId, UUID id, Code element, String texte) {
		saisie(compteId, id).exemple(element, texte);
	}

	/** What a value or posture item is to the person: a strength, to develop, or nothing said. */
	@Transactional
	public void sens(UUID compteId, UUID id, Code valeur, @Nullable Sens sens) {
		saisie(compteId, id).sens(valeur, sens);
	}

	/** A free note on a value or posture item. */
	@Transactional
	public void note(UUID compteId, UUID id, Code valeur, String note) {
		saisie(compteId, id).note(valeur, note);
	}

	/** A self-assessment open for answers, read once for all the answers of a request. */
	private Saisie saisie(UUID compteId, UUID id) {
		var positionnement = positionnements.pourRepondre(compteId, id).orElseThrow(PositionnementIntrouvable::new);
		if (positionnement.estTermine()) {
			throw new PositionnementTermine();
		}
		return new Saisie(positionnement, perimetresDe(positionnement), referentielDe(positionnement));
	}

	/** Answers checked against the scope and the version of the self-assessment they belong to. */
	final class Saisie {

		private final Positionnement positionnement;

		private final List<Perimetre> perimetres;

		private final Referentiel referentiel;

		private Saisie(Positionnement positionnement, List<Perimetre> perimetres, Referentiel referentiel) {
			this.positionnement = positionnement;
			this.perimetres = perimetres;
			this.referentiel = referentiel;
		}

		void niveau(Code competence, int valeur) {
			var niveau = Niveau.de(valeur).orElseThrow(() -> new RequeteInvalide("positionnement.niveau.invalide", valeur));
			verifierDansLePerimetre(competence, Nature.COMPETENCE);
			enregistrer(competence, Colonne.NIVEAU, niveau.valeur());
		}

		void frequence(Code activite, @Nullable Frequence frequence) {
			verifierDansLePerimetre(activite, Nature.ACTIVITE);
			enregistrer(activite, Colonne.FREQUENCE, frequence == null ? null : frequence.name());
		}

		void exemple(Code element, String texte) {
			var nature = referentiel.noeud(element).map(noeud -> noeud.nature()).orElse(Nature.SECTION);
			verifierDansLePerimetre(element, nature == Nature.ACTIVITE ? Nature.ACTIVITE : Nature.COMPETENCE);
			var ligne = texte.strip();
			if (ligne.length() > EXEMPLE_MAXIMUM) {
				throw new RequeteInvalide("positionnement.exemple.long", EXEMPLE_MAXIMUM);
			}
			enregistrer(element, Colonne.EXEMPLE, ligne.isEmpty() ? null : ligne);
		}

		void sens(Code valeur, @Nullable Sens sens) {
			verifierValeur(valeur);
			enregistrer(valeur, Colonne.SENS, sens == null ? null : sens.name());
		}

		void note(Code valeur, String note) {
			verifierValeur(valeur);
			var texte = note.strip();
			if (texte.length() > NOTE_MAXIMUM) {
				throw new RequeteInvalide("positionnement.note.longue", NOTE_MAXIMUM);
			}
			enregistrer(valeur, Colonne.NOTE, texte.isEmpty() ? null : texte);
		}

		private void enregistrer(Code code, Colonne colonne, @Nullable Object valeur) {
			positionnements.repondre(positionnement.id(), code, colonne, valeur, maintenant());
		}

		private void verifierValeur(Code valeur) {
			if (referentiel.valeurs().stream().map(Element::code).noneMatch(valeur::equals)) {
				throw new RequeteInvalide("positionnement.code.hors-perimetre", valeur.valeur());
			}
		}

		private void verifierDansLePerimetre(Code code, Nature nature) {
			var dansLePerimetre = perimetres.stream()
				.flatMap(perimetre -> (nature == Nature.ACTIVITE ? perimetre.activites() : perimetre.competences()).stream())
				.anyMatch(element -> element.code().equals(code));
			if (!dansLePerimetre) {
				throw new RequeteInvalide("positionnement.code.hors-perimetre", code.valeur());
			}
		}

	}

	/** Names a self-assessment, finished or not; a blank name takes the name away. */
	@Transactional
	public void nommer(UUID compteId, UUID id, @Nullable String nom) {
		de(compteId, id);
		positionnements.nommer(id, nomVerifie(nom));
	}

	/** What is left unanswered, mission by mission and function by function: the competencies without a level. */
	public List<SansReponse> sansReponse(Positionnement positionnement) {
		return perimetresDe(positionnement).stream()
			.map(perimetre -> new SansReponse(perimetre,
					perimetre.competences().stream().filter(c -> positionnement.niveau(c.code()) == null).toList()))
			.filter(reste -> !reste.competences().isEmpty())
			.toList();
	}

	/** The competencies of a mission or function that have no level yet. */
	public record SansReponse(Perimetre perimetre, List<Element> competences) {
	}

	/** Ends a self-assessment for good; one with nothing answered cannot be finished and stays open. */
	@Transactional
	public void terminer(UUID compteId, UUID id) {
		saisie(compteId, id);
		if (de(compteId, id).estVide()) {
			throw new PositionnementVide();
		}
		positionnements.terminer(id, maintenant());
	}

	/** Deletes a self-assessment with its answers, its shares and its links (foreign keys). */
	@Transactional
	public void supprimer(UUID compteId, UUID id) {
		de(compteId, id);
		positionnements.supprimer(compteId, id);
	}

	private static @Nullable String nomVerifie(@Nullable String nom) {
		var texte = nom == null ? "" : nom.strip();
		if (texte.codePoints().anyMatch(Character::isISOControl)) {
			throw new RequeteInvalide("positionnement.nom.une-ligne");
		}
		if (texte.length() > NOM_MAXIMUM) {
			throw new RequeteInvalide("positionnement.nom.long", NOM_MAXIMUM);
		}
		return texte.isEmpty() ? null : texte;
	}

	private Instant maintenant() {
		return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
	}

}
