package fr.ava.referentiel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * One version of the framework, whole: definition, missions and their grouping, transversal and
 * specific functions, values and posture, context and method.
 */
public final class Referentiel {

	private final Version version;

	private final String titre;

	private final String sousTitre;

	private final Definition definition;

	private final List<GroupeDeMissions> groupes;

	private final List<Mission> missions;

	private final List<Fonction> fonctions;

	private final List<Element> valeurs;

	private final List<Element> contexte;

	private final List<Perimetre> perimetres;

	private final Map<Code, Perimetre> perimetresParCode;

	private final Map<Code, Perimetre> perimetresDesElements;

	private final List<Noeud> noeuds;

	private final Map<Code, Noeud> noeudsParCode;

	public Referentiel(Version version, String titre, String sousTitre, Definition definition,
			List<GroupeDeMissions> groupes, List<Mission> missions, List<Fonction> fonctions, List<Element> valeurs,
			List<Element> contexte) {
		this.version = version;
		this.titre = titre;
		this.sousTitre = sousTitre;
		this.definition = definition;
		this.groupes = List.copyOf(groupes);
		this.missions = List.copyOf(missions);
		this.fonctions = List.copyOf(fonctions);
		this.valeurs = List.copyOf(valeurs);
		this.contexte = List.copyOf(contexte);
		this.perimetres = Stream.<Perimetre>concat(this.missions.stream(), this.fonctions.stream()).toList();
		this.perimetresParCode = this.perimetres.stream()
			.collect(Collectors.toUnmodifiableMap(Perimetre::code, perimetre -> perimetre));
		this.perimetresDesElements = this.perimetres.stream()
			.flatMap(perimetre -> perimetre.elements().map(element -> Map.entry(element.code(), perimetre)))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (premier, second) -> premier));
		this.noeuds = List.copyOf(new Aplatissement().noeuds());
		this.noeudsParCode = indexer(this.noeuds);
	}

	private static Map<Code, Noeud> indexer(List<Noeud> noeuds) {
		var parCode = new LinkedHashMap<Code, Noeud>();
		for (var noeud : noeuds) {
			if (parCode.putIfAbsent(noeud.code(), noeud) != null) {
				throw new IllegalArgumentException("Le code " + noeud.code() + " est utilisé deux fois");
			}
		}
		return Map.copyOf(parCode);
	}

	/** Rebuilds a version from its items stored flat, in their order. */
	public static Referentiel depuis(Version version, String titre, String sousTitre, List<Noeud> noeuds) {
		return new Reconstruction(noeuds).referentiel(version, titre, sousTitre);
	}

	public Version version() {
		return version;
	}

	public Version.Numero numero() {
		return version.numero();
	}

	public String titre() {
		return titre;
	}

	public String sousTitre() {
		return sousTitre;
	}

	public Definition definition() {
		return definition;
	}

	public List<GroupeDeMissions> groupes() {
		return groupes;
	}

	public List<Mission> missions() {
		return missions;
	}

	public List<Fonction> fonctions() {
		return fonctions;
	}

	public List<Fonction> fonctionsTransversales() {
		return fonctions.stream().filter(Fonction::estTransversale).toList();
	}

	public List<Fonction> fonctionsSpecifiques() {
		return fonctions.stream().filter(fonction -> !fonction.estTransversale()).toList();
	}

	public List<Perimetre> perimetres() {
		return perimetres;
	}

	public List<Element> valeurs() {
		return valeurs;
	}

	public List<Element> contexte() {
		return contexte;
	}

	/** Every item of the version, flat, parents before their children, in the order of the source. */
	public List<Noeud> noeuds() {
		return noeuds;
	}

	public Optional<Noeud> noeud(Code code) {
		return Optional.ofNullable(noeudsParCode.get(code));
	}

	/**
	 * The item a request names by its code, as typed in an address.
	 * @throws ElementIntrouvable when the text is no code, or no item of this version bears it
	 */
	public Noeud noeudNomme(String code) {
		return Optional.of(code)
			.filter(Code::estValide)
			.flatMap(valide -> noeud(Code.of(valide)))
			.orElseThrow(() -> new ElementIntrouvable(numero(), code));
	}

	public List<Noeud> enfants(Code code) {
		return noeuds.stream().filter(noeud -> code.equals(noeud.parent())).toList();
	}

	public Optional<Mission> mission(String slug) {
		return missions.stream().filter(mission -> mission.slug().equals(slug)).findFirst();
	}

	public Optional<Fonction> fonction(String slug) {
		return fonctions.stream().filter(fonction -> fonction.slug().equals(slug)).findFirst();
	}

	public Optional<Perimetre> perimetre(Code code) {
		return Optional.ofNullable(perimetresParCode.get(code));
	}

	/** The mission or function an item belongs to, if any. */
	public Optional<Perimetre> perimetreDe(Code code) {
		return perimetre(code).or(() -> Optional.ofNullable(perimetresDesElements.get(code)));
	}

	public Optional<GroupeDeMissions> groupeDe(Mission mission) {
		return groupes.stream().filter(groupe -> groupe.missions().contains(mission.code())).findFirst();
	}

	/** The competencies of every mission and function, in the order of the source. */
	public List<Element> competences() {
		return perimetres().stream().flatMap(perimetre -> perimetre.competences().stream()).toList();
	}

	/** The activities of every mission and function, in the order of the source. */
	public List<Element> activites() {
		return perimetres().stream().flatMap(perimetre -> perimetre.activites().stream()).toList();
	}

	private final class Aplatissement {

		private final List<Noeud> noeuds = new ArrayList<>();

		List<Noeud> noeuds() {
			var citation = definition.citation();
			ajouter(new Noeud(definition.code(), Nature.DEFINITION, null, null, null, null, definition.texte(), null));
			ajouter(new Noeud(citation.code(), Nature.CITATION, definition.code(), null, null, null, citation.texte(),
					citation.source()));
			var groupeDesMissions = new LinkedHashMap<Code, Code>();
			for (var groupe : groupes) {
				ajouter(new Noeud(groupe.code(), Nature.GROUPE_DE_MISSIONS, null, null, groupe.numeros(), groupe.titre(),
						groupe.texte(), groupe.rattachement()));
				groupe.missions().forEach(mission -> groupeDesMissions.put(mission, groupe.code()));
			}
			for (var perimetre : perimetres()) {
				ajouter(new Noeud(perimetre.code(), perimetre.nature(), groupeDesMissions.get(perimetre.code()),
						perimetre.slug(), null, perimetre.libelle(), null, null));
				perimetre.elements().forEach(element -> ajouter(element, perimetre.code()));
			}
			valeurs.forEach(valeur -> ajouter(valeur, null));
			contexte.forEach(section -> ajouter(section, null));
			return noeuds;
		}

		private void ajouter(Element element, @Nullable Code parent) {
			ajouter(new Noeud(element.code(), element.nature(), parent, null, null, element.titre(), element.texte(),
					null));
			element.elements().forEach(enfant -> ajouter(enfant, element.code()));
		}

		private void ajouter(Noeud noeud) {
			noeuds.add(noeud);
		}

	}

	private static final class Reconstruction {

		private final List<Noeud> noeuds;

		private final Map<Code, List<Noeud>> enfants;

		Reconstruction(List<Noeud> noeuds) {
			this.noeuds = noeuds;
			this.enfants = noeuds.stream()
				.filter(noeud -> noeud.parent() != null)
				.collect(Collectors.groupingBy(Noeud::parent, LinkedHashMap::new, Collectors.toList()));
		}

		Referentiel referentiel(Version version, String titre, String sousTitre) {
			var definition = unique(Nature.DEFINITION);
			var citation = unique(Nature.CITATION);
			return new Referentiel(version, titre, sousTitre,
					new Definition(definition.code(), definition.texte(),
							new Definition.Citation(citation.code(), citation.texte(), citation.complement())),
					racines(Nature.GROUPE_DE_MISSIONS).map(this::groupe).toList(),
					deNature(Nature.MISSION).map(this::mission).toList(),
					deNature(Nature.FONCTION_TRANSVERSALE, Nature.FONCTION_SPECIFIQUE).map(this::fonction).toList(),
					racines(Nature.VALEUR).map(this::element).toList(),
					racines(Nature.SECTION).map(this::element).toList());
		}

		private GroupeDeMissions groupe(Noeud noeud) {
			var missions = enfants(noeud.code()).filter(enfant -> enfant.nature() == Nature.MISSION)
				.map(Noeud::code)
				.toList();
			return new GroupeDeMissions(noeud.code(), noeud.numero(), noeud.titre(), noeud.texte(), noeud.complement(),
					missions);
		}

		private Mission mission(Noeud noeud) {
			return new Mission(noeud.code(), noeud.slug(), noeud.titre(), enfants(noeud, Nature.DESCRIPTION),
					enfants(noeud, Nature.COMPETENCE), enfants(noeud, Nature.ACTIVITE));
		}

		private Fonction fonction(Noeud noeud) {
			return new Fonction(noeud.code(), noeud.slug(), noeud.titre(), noeud.nature(),
					enfants(noeud, Nature.DESCRIPTION), enfants(noeud, Nature.COMPETENCE),
					enfants(noeud, Nature.ACTIVITE));
		}

		private Element element(Noeud noeud) {
			return new Element(noeud.code(), noeud.nature(), noeud.titre(), noeud.texte(),
					enfants(noeud.code()).map(this::element).toList());
		}

		private List<Element> enfants(Noeud parent, Nature nature) {
			return enfants(parent.code()).filter(enfant -> enfant.nature() == nature).map(this::element).toList();
		}

		private Stream<Noeud> enfants(Code parent) {
			return enfants.getOrDefault(parent, List.of()).stream();
		}

		private Stream<Noeud> deNature(Nature... natures) {
			var acceptees = List.of(natures);
			return noeuds.stream().filter(noeud -> acceptees.contains(noeud.nature()));
		}

		private Stream<Noeud> racines(Nature nature) {
			return deNature(nature).filter(noeud -> noeud.parent() == null);
		}

		private Noeud unique(Nature nature) {
			return deNature(nature).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Aucun élément de nature " + nature));
		}

	}

	@Override
	public String toString() {
		return "Référentiel " + version.numero() + " (" + noeuds.size() + " éléments)";
	}

}
