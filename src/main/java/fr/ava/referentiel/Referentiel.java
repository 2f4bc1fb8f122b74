package fr.ava.referentiel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
		this.noeuds = List.copyOf(new Aplatissement(this.definition, this.groupes, this.perimetres, this.valeurs, this.contexte).noeuds());
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

	@Override
	public String toString() {
		return "Référentiel " + version.numero() + " (" + noeuds.size() + " éléments)";
	}

}
