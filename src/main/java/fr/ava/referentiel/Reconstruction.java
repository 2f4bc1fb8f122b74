package fr.ava.referentiel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A version rebuilt from its items stored flat, in their order: the way back from {@link Aplatissement}. */
final class Reconstruction {

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
