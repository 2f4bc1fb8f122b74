package fr.ava.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Noeud;
import fr.ava.referentiel.Referentiel;

/**
 * One item of a version as a spreadsheet row.
 * @param ordre the item's rank among the items of the same kind under the same parent
 * @param description the text of an item that also has a title, or the attribution of a quotation
 */
record Ligne(String version, String code, Nature nature, String codeParent, int ordre, String libelle,
		String description) {

	static final String[] COLONNES = { "version", "code", "nature", "code_parent", "ordre", "libelle",
			"description" };

	static List<Ligne> de(Referentiel referentiel) {
		var lignes = new ArrayList<Ligne>();
		var rangs = new HashMap<Fratrie, Integer>();
		for (var noeud : referentiel.noeuds()) {
			var rang = rangs.merge(new Fratrie(noeud.parent(), noeud.nature()), 1, Integer::sum);
			lignes.add(new Ligne(referentiel.numero().toString(), noeud.code().valeur(), noeud.nature(),
					noeud.parent() == null ? "" : noeud.parent().valeur(), rang, libelle(noeud), description(noeud)));
		}
		return lignes;
	}

	List<Object> valeurs() {
		return List.of(version, code, nature.name(), codeParent, ordre, libelle, description);
	}

	private record Fratrie(@Nullable Code parent, Nature nature) {
	}

	private static String libelle(Noeud noeud) {
		return noeud.titre() != null ? noeud.titre() : noeud.texte();
	}

	private static String description(Noeud noeud) {
		if (noeud.titre() != null && noeud.texte() != null) {
			return noeud.texte();
		}
		return noeud.complement() == null ? "" : noeud.complement();
	}

}
