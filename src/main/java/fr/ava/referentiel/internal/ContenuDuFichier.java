package fr.ava.referentiel.internal;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Definition;
import fr.ava.referentiel.Element;
import fr.ava.referentiel.Fonction;
import fr.ava.referentiel.GroupeDeMissions;
import fr.ava.referentiel.Mission;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Version;

/**
 * The canonical data file as written ({@code referentiel.schema.json} documents it), mapped onto
 * the domain.
 */
record ContenuDuFichier(String version, String titre, String sousTitre, DefinitionLue definition,
		List<GroupeLu> groupesDeMissions, List<PerimetreLu> missions, FonctionsLues fonctions, List<ElementLu> valeurs,
		List<ElementLu> contexte) {

	record DefinitionLue(String code, String texte, CitationLue citation) {
	}

	record CitationLue(String code, String texte, String source) {
	}

	record GroupeLu(String code, String numeros, String titre, String texte, String rattachement,
			List<String> missions) {
	}

	record PerimetreLu(String code, String slug, String libelle, List<ElementLu> description,
			List<ElementLu> competences, List<ElementLu> activites) {
	}

	record FonctionsLues(List<PerimetreLu> transversales, List<PerimetreLu> specifiques) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ElementLu(String code, @Nullable String titre, @Nullable String texte, @Nullable List<ElementLu> elements) {

		static List<ElementLu> de(List<Element> elements) {
			return elements.stream()
				.map(element -> new ElementLu(element.code().valeur(), element.titre(), element.texte(),
						element.elements().isEmpty() ? null : de(element.elements())))
				.toList();
		}

		Element element(Nature nature) {
			var enfants = elements == null ? List.<ElementLu>of() : elements;
			return new Element(Code.of(code), nature, titre, texte,
					enfants.stream().map(enfant -> enfant.element(nature)).toList());
		}

	}

	static ContenuDuFichier depuis(Referentiel referentiel) {
		var definition = referentiel.definition();
		var citation = definition.citation();
		return new ContenuDuFichier(referentiel.numero().toString(), referentiel.titre(), referentiel.sousTitre(),
				new DefinitionLue(definition.code().valeur(), definition.texte(),
						new CitationLue(citation.code().valeur(), citation.texte(), citation.source())),
				referentiel.groupes()
					.stream()
					.map(groupe -> new GroupeLu(groupe.code().valeur(), groupe.numeros(), groupe.titre(), groupe.texte(),
							groupe.rattachement(), groupe.missions().stream().map(Code::valeur).toList()))
					.toList(),
				perimetres(referentiel.missions()), new FonctionsLues(perimetres(referentiel.fonctionsTransversales()),
						perimetres(referentiel.fonctionsSpecifiques())),
				ElementLu.de(referentiel.valeurs()), ElementLu.de(referentiel.contexte()));
	}

	private static List<PerimetreLu> perimetres(List<? extends Perimetre> perimetres) {
		return perimetres.stream()
			.map(perimetre -> new PerimetreLu(perimetre.code().valeur(), perimetre.slug(), perimetre.libelle(),
					ElementLu.de(perimetre.description()), ElementLu.de(perimetre.competences()),
					ElementLu.de(perimetre.activites())))
			.toList();
	}

	Referentiel referentiel(Version etat) {
		return new Referentiel(etat, titre, sousTitre,
				new Definition(Code.of(definition.code()), definition.texte(),
						new Definition.Citation(Code.of(definition.citation().code()), definition.citation().texte(),
								definition.citation().source())),
				groupesDeMissions.stream().map(ContenuDuFichier::groupe).toList(),
				missions.stream().map(ContenuDuFichier::mission).toList(),
				Stream.concat(fonctions.transversales().stream().map(lue -> fonction(lue, Nature.FONCTION_TRANSVERSALE)),
							fonctions.specifiques().stream().map(lue -> fonction(lue, Nature.FONCTION_SPECIFIQUE)))
					.toList(),
				elements(valeurs, Nature.VALEUR), contexte.stream().map(ContenuDuFichier::section).toList());
	}

	private static GroupeDeMissions groupe(GroupeLu lu) {
		return new GroupeDeMissions(Code.of(lu.code()), lu.numeros(), lu.titre(), lu.texte(), lu.rattachement(),
				lu.missions().stream().map(Code::of).toList());
	}

	private static Mission mission(PerimetreLu lu) {
		return new Mission(Code.of(lu.code()), lu.slug(), lu.libelle(), elements(lu.description(), Nature.DESCRIPTION),
				elements(lu.competences(), Nature.COMPETENCE), elements(lu.activites(), Nature.ACTIVITE));
	}

	private static Fonction fonction(PerimetreLu lu, Nature nature) {
		return new Fonction(Code.of(lu.code()), lu.slug(), lu.libelle(), nature,
				elements(lu.description(), Nature.DESCRIPTION), elements(lu.competences(), Nature.COMPETENCE),
				elements(lu.activites(), Nature.ACTIVITE));
	}

	private static Element section(ElementLu lue) {
		var paragraphes = lue.elements() == null ? List.<Element>of() : elements(lue.elements(), Nature.PARAGRAPHE);
		return new Element(Code.of(lue.code()), Nature.SECTION, lue.titre(), lue.texte(), paragraphes);
	}

	private static List<Element> elements(List<ElementLu> lus, Nature nature) {
		return lus.stream().map(lu -> lu.element(nature)).toList();
	}

}
