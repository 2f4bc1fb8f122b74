package fr.ava.fichedeposte.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

import fr.ava.fichedeposte.Categorie;
import fr.ava.fichedeposte.Etape;
import fr.ava.fichedeposte.FicheDePoste;
import fr.ava.fichedeposte.TempsDeTravail;
import fr.ava.fichedeposte.TravailEnSoiree;
import fr.ava.fichedeposte.TypeDEmployeur;
import fr.ava.fichedeposte.TypeDeTerritoire;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Version;

/**
 * A job description being written travels in the builder's form: the fields of the step shown,
 * and those of every other step as hidden fields. Nothing is kept on the server between two steps,
 * so a visitor without an account keeps the draft in the page itself (several tabs, the back
 * button, an instance restarted), and the server checks all of it again at each step.
 */
final class FormulaireDeFiche {

	static final String VERSION = "version";

	static final String FICHE = "fiche";

	private static final String PREFIXE_DE_PART = "part-";

	/** The value of the ticked box that leaves the framework's asides out of the employer's document. */
	static final String OUI = "oui";

	private FormulaireDeFiche() {
	}

	/** A form field and its value. */
	record Champ(String nom, String valeur) {
	}

	/** The job description the form's fields hold; a missing version is the latest published. */
	static FicheDePoste lire(MultiValueMap<String, String> champs, Version.Numero parDefaut) {
		var lecture = new Lecture(champs);
		var version = lecture.texte(VERSION);
		return new FicheDePoste(version.isEmpty() ? parDefaut : Version.Numero.of(version),
				new FicheDePoste.Employeur(lecture.choix("employeur", TypeDEmployeur.class),
						lecture.choix("territoire", TypeDeTerritoire.class), lecture.texte("nomEmployeur")),
				new FicheDePoste.Poste(lecture.texte("intitule"), lecture.choix("categorie", Categorie.class),
						lecture.texte("cadreDEmplois"), lecture.texte("convention")),
				lecture.parts(),
				new FicheDePoste.Choix(lecture.codes("activite"), lecture.lignes("activitesPropres")),
				new FicheDePoste.Choix(lecture.codes("competence"), lecture.lignes("competencesPropres")),
				lecture.codes("valeur"),
				new FicheDePoste.Conditions(lecture.texte("horaires"), lecture.choix("soiree", TravailEnSoiree.class),
						lecture.texte("deplacements"), lecture.texte("permanences"), lecture.texte("rattachement"),
						lecture.texte("relations")),
				new FicheDePoste.Annonce(lecture.texte("finalite"), lecture.choix("temps", TempsDeTravail.class),
						Lecture.nombre(lecture.texte("quotite")), lecture.texte("remuneration"), lecture.texte("profil"),
						lecture.texte("diplomes"), lecture.texte("priseDePoste"), lecture.texte("contact"),
						lecture.texte("sansApartes").equals(OUI)));
	}

	/** The saved job description the form edits, if any. */
	static Optional<UUID> fiche(MultiValueMap<String, String> champs) {
		var id = champs.getFirst(FICHE);
		try {
			return id == null || id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The fields of each step, as the form sends them back. */
	static Map<Etape, List<Champ>> champs(FicheDePoste fiche) {
		var champs = new EnumMap<Etape, List<Champ>>(Etape.class);
		Arrays.stream(Etape.values()).forEach(etape -> champs.put(etape, new ArrayList<>()));
		var employeur = fiche.employeur();
		ajouter(champs.get(Etape.EMPLOYEUR), "employeur", employeur.type());
		ajouter(champs.get(Etape.EMPLOYEUR), "territoire", employeur.territoire());
		ajouter(champs.get(Etape.EMPLOYEUR), "nomEmployeur", employeur.nom());
		var poste = fiche.poste();
		ajouter(champs.get(Etape.POSTE), "intitule", poste.intitule());
		ajouter(champs.get(Etape.POSTE), "categorie", poste.categorie());
		ajouter(champs.get(Etape.POSTE), "cadreDEmplois", poste.cadreDEmplois());
		ajouter(champs.get(Etape.POSTE), "convention", poste.convention());
		var annonce = fiche.annonce();
		ajouter(champs.get(Etape.POSTE), "remuneration", annonce.remuneration());
		ajouter(champs.get(Etape.POSTE), "finalite", annonce.finalite());
		for (var part : fiche.parts()) {
			ajouter(champs.get(Etape.MISSIONS), "perimetre", part.perimetre().valeur());
			if (part.pourcentage() != null) {
				ajouter(champs.get(Etape.MISSIONS), PREFIXE_DE_PART + part.perimetre().valeur(),
						part.pourcentage().toString());
			}
		}
		fiche.activites().codes().forEach(code -> ajouter(champs.get(Etape.ACTIVITES), "activite", code.valeur()));
		fiche.activites().propres().forEach(ligne -> ajouter(champs.get(Etape.ACTIVITES), "activitesPropres", ligne));
		fiche.competences().codes().forEach(code -> ajouter(champs.get(Etape.COMPETENCES), "competence", code.valeur()));
		fiche.competences().propres().forEach(ligne -> ajouter(champs.get(Etape.COMPETENCES), "competencesPropres", ligne));
		fiche.valeurs().forEach(code -> ajouter(champs.get(Etape.POSTURE), "valeur", code.valeur()));
		var conditions = fiche.conditions();
		ajouter(champs.get(Etape.CONDITIONS), "horaires", conditions.horaires());
		ajouter(champs.get(Etape.CONDITIONS), "soiree", conditions.soiree());
		ajouter(champs.get(Etape.CONDITIONS), "deplacements", conditions.deplacements());
		ajouter(champs.get(Etape.CONDITIONS), "permanences", conditions.permanences());
		ajouter(champs.get(Etape.CONDITIONS), "rattachement", conditions.rattachement());
		ajouter(champs.get(Etape.CONDITIONS), "relations", conditions.relations());
		ajouter(champs.get(Etape.CONDITIONS), "temps", annonce.temps());
		ajouter(champs.get(Etape.CONDITIONS), "quotite", annonce.quotite());
		ajouter(champs.get(Etape.RECRUTEMENT), "profil", annonce.profil());
		ajouter(champs.get(Etape.RECRUTEMENT), "diplomes", annonce.diplomes());
		ajouter(champs.get(Etape.RECRUTEMENT), "priseDePoste", annonce.priseDePoste());
		ajouter(champs.get(Etape.RECRUTEMENT), "contact", annonce.contact());
		ajouter(champs.get(Etape.RECRUTEMENT), "sansApartes", annonce.sansApartes() ? OUI : null);
		return champs;
	}

	/** The hidden fields of a page: every step's but the one shown (none shown: the preview). */
	static List<Champ> caches(FicheDePoste fiche, @Nullable Etape montree) {
		var caches = new ArrayList<Champ>();
		champs(fiche).forEach((etape, champs) -> {
			if (etape != montree) {
				caches.addAll(champs);
			}
		});
		return caches;
	}

	private static void ajouter(List<Champ> champs, String nom, @Nullable Object valeur) {
		if (valeur instanceof Enum<?> choix) {
			champs.add(new Champ(nom, choix.name()));
		}
		else if (valeur != null && !valeur.toString().isEmpty()) {
			champs.add(new Champ(nom, valeur.toString()));
		}
	}

	private record Lecture(MultiValueMap<String, String> champs) {

		String texte(String nom) {
			var valeur = champs.getFirst(nom);
			return valeur == null ? "" : valeur.strip();
		}

		<E extends Enum<E>> @Nullable E choix(String nom, Class<E> type) {
			var valeur = texte(nom);
			return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(valeur)).findFirst().orElse(null);
		}

		List<Code> codes(String nom) {
			return champs.getOrDefault(nom, List.of()).stream().filter(Code::estValide).map(Code::of).distinct().toList();
		}

		/** Lines typed in a text area, or sent back one per hidden field; blank lines dropped. */
		List<String> lignes(String nom) {
			return champs.getOrDefault(nom, List.of())
				.stream()
				.flatMap(String::lines)
				.map(String::strip)
				.filter(ligne -> !ligne.isEmpty())
				.toList();
		}

		/**
		 * The missions and functions ticked, and those given a share without being ticked: typing a
		 * share says the choice well enough. A share that is no whole number is left unread.
		 */
		List<FicheDePoste.Part> parts() {
			var parts = new LinkedHashMap<Code, @Nullable Integer>();
			codes("perimetre").forEach(code -> parts.put(code, null));
			champs.forEach((nom, valeurs) -> {
				var code = nom.substring(Math.min(nom.length(), PREFIXE_DE_PART.length()));
				if (nom.startsWith(PREFIXE_DE_PART) && Code.estValide(code) && !texte(nom).isEmpty()) {
					parts.put(Code.of(code), nombre(texte(nom)));
				}
			});
			return parts.entrySet().stream().map(part -> new FicheDePoste.Part(part.getKey(), part.getValue())).toList();
		}

		static @Nullable Integer nombre(String texte) {
			try {
				return Integer.valueOf(texte);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

}
