package fr.ava.referentiel.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Noeud;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;

/** One item of a version as the API serves it: its text, its place in the tree and its addresses. */
record ElementJson(String version, String code, String nature, String natureLibelle, @Nullable String titre,
		@Nullable String texte, String libelle, @Nullable String parent, @Nullable String perimetre,
		List<String> enfants, String page, String api) {

	static ElementJson de(Referentiel referentiel, Noeud noeud, Permaliens permaliens) {
		return new ElementJson(referentiel.numero().toString(), noeud.code().valeur(), noeud.nature().name(),
				noeud.nature().libelle(), noeud.titre(), noeud.texte(), noeud.libelle(),
				noeud.parent() == null ? null : noeud.parent().valeur(),
				referentiel.perimetreDe(noeud.code()).map(perimetre -> perimetre.code().valeur()).orElse(null),
				referentiel.enfants(noeud.code()).stream().map(Noeud::code).map(Code::valeur).toList(),
				permaliens.element(referentiel, noeud.code()), permaliens.api(referentiel.numero(), noeud.code()));
	}

}
