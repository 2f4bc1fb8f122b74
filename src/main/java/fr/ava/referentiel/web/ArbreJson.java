package fr.ava.referentiel.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Definition;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.GroupeDeMissions;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;

/** A whole version as the API serves it, shaped like the canonical data file, with addresses. */
record ArbreJson(String version, String statut, @Nullable Instant publieeLe, String titre, String sousTitre,
		Definition definition, List<GroupeJson> groupesDeMissions, List<PerimetreJson> missions,
		FonctionsJson fonctions, List<ElementArbreJson> valeurs, List<ElementArbreJson> contexte) {

	static ArbreJson de(Referentiel referentiel, Permaliens permaliens) {
		var version = referentiel.version();
		return new ArbreJson(version.numero().toString(), version.statut().name(), version.publieeLe(),
				referentiel.titre(), referentiel.sousTitre(), referentiel.definition(),
				referentiel.groupes().stream().map(GroupeJson::de).toList(),
				perimetres(referentiel, referentiel.missions(), permaliens),
				new FonctionsJson(perimetres(referentiel, referentiel.fonctionsTransversales(), permaliens),
						perimetres(referentiel, referentiel.fonctionsSpecifiques(), permaliens)),
				ElementArbreJson.de(referentiel.valeurs()), ElementArbreJson.de(referentiel.contexte()));
	}

	private static List<PerimetreJson> perimetres(Referentiel referentiel, List<? extends Perimetre> perimetres,
			Permaliens permaliens) {
		return perimetres.stream()
			.map(perimetre -> new PerimetreJson(perimetre.code().valeur(), perimetre.slug(), perimetre.libelle(),
					permaliens.perimetre(referentiel.numero(), perimetre), ElementArbreJson.de(perimetre.description()),
					ElementArbreJson.de(perimetre.competences()), ElementArbreJson.de(perimetre.activites())))
			.toList();
	}

	record GroupeJson(String code, String numeros, String titre, String texte, String rattachement,
			List<String> missions) {

		static GroupeJson de(GroupeDeMissions groupe) {
			return new GroupeJson(groupe.code().valeur(), groupe.numeros(), groupe.titre(), groupe.texte(),
					groupe.rattachement(), groupe.missions().stream().map(Code::valeur).toList());
		}

	}

	record PerimetreJson(String code, String slug, String libelle, String page, List<ElementArbreJson> description,
			List<ElementArbreJson> competences, List<ElementArbreJson> activites) {
	}

	record FonctionsJson(List<PerimetreJson> transversales, List<PerimetreJson> specifiques) {
	}

	record ElementArbreJson(String code, @Nullable String titre, @Nullable String texte,
			List<ElementArbreJson> elements) {

		static List<ElementArbreJson> de(List<Element> elements) {
			return elements.stream()
				.map(element -> new ElementArbreJson(element.code().valeur(), element.titre(), element.texte(),
						de(element.elements())))
				.toList();
		}

	}

}
