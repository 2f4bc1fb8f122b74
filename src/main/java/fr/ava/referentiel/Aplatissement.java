package fr.ava.referentiel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A version's items laid flat, parents before their children, in the order of the source: how it is stored. */
final class Aplatissement {

	private final Definition definition;

	private final List<GroupeDeMissions> groupes;

	private final List<Perimetre> perimetres;

	private final List<Element> valeurs;

	private final List<Element> contexte;

	private final List<Noeud> noeuds = new ArrayList<>();

	Aplatissement(Definition definition, List<GroupeDeMissions> groupes, List<Perimetre> perimetres,
			List<Element> valeurs, List<Element> contexte) {
		this.definition = definition;
		this.groupes = groupes;
		this.perimetres = perimetres;
		this.valeurs = valeurs;
		this.contexte = contexte;
	}

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
		for (var perimetre : perimetres) {
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
