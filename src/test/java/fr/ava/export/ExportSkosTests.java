package fr.ava.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Referentiels;

@SpringBootTest
@AutoConfigureMockMvc
class ExportSkosTests {

	@Autowired
	ExportSkos export;

	@Autowired
	Referentiels referentiels;

	@ParameterizedTest
	@EnumSource(names = { "TURTLE", "JSONLD" })
	void donneUnConceptParElementDansLeSchemaDeLaVersion(Format format) throws Exception {
		var referentiel = referentiels.dernierePubliee();
		var modele = relire(format);

		var schemas = modele.filter(null, RDF.TYPE, SKOS.CONCEPT_SCHEME).subjects();
		assertThat(schemas).hasSize(1);
		assertThat(modele.filter(null, RDF.TYPE, SKOS.CONCEPT).subjects()).hasSize(referentiel.noeuds().size());
		assertThat(modele.filter(null, SKOS.IN_SCHEME, schemas.iterator().next()).subjects())
			.hasSize(referentiel.noeuds().size());
		var veille = Values.iri("http://localhost:8080/referentiel/1.0/fonctions/veille");
		var libelle = (Literal) Models.object(modele.filter(veille, SKOS.PREF_LABEL, null)).orElseThrow();
		assertThat(libelle.getLabel()).isEqualTo("Veille");
		assertThat(libelle.getLanguage()).hasValue("fr");
		assertThat(Models.object(modele.filter(veille, SKOS.NOTATION, null)).orElseThrow().stringValue())
			.isEqualTo("FT01");
	}

	@ParameterizedTest
	@EnumSource(names = { "TURTLE", "JSONLD" })
	void rattacheChaqueCompetenceAUneMissionOuUneFonction(Format format) throws Exception {
		var referentiel = referentiels.dernierePubliee();
		var modele = relire(format);
		var perimetres = referentiel.perimetres()
			.stream()
			.map(perimetre -> (Resource) concept(modele, perimetre.code().valeur()))
			.toList();

		for (var competence : referentiel.competences()) {
			var concept = concept(modele, competence.code().valeur());
			var plusLarge = Models.object(modele.filter(concept, SKOS.BROADER, null)).orElseThrow();
			assertThat(perimetres).as("%s", competence.code()).contains((Resource) plusLarge);
			assertThat(modele.contains((Resource) plusLarge, SKOS.NARROWER, concept)).isTrue();
		}
		assertThat(referentiel.noeuds()).filteredOn(noeud -> noeud.nature() == Nature.COMPETENCE).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = { "TURTLE", "JSONLD" })
	void regroupeMissionsFonctionsTransversalesEtSpecifiquesEnCollections(Format format) throws Exception {
		var modele = relire(format);

		var collections = modele.filter(null, RDF.TYPE, SKOS.COLLECTION).subjects();
		assertThat(collections).hasSize(3);
		var transversales = Values.iri("http://localhost:8080/referentiel/1.0#fonctions-transversales");
		assertThat(modele.filter(transversales, SKOS.MEMBER, null)).hasSize(10);
	}

	private Model relire(Format format) throws Exception {
		var rdf = format == Format.TURTLE ? RDFFormat.TURTLE : RDFFormat.JSONLD;
		return Rio.parse(new ByteArrayInputStream(export.exporter(referentiels.dernierePubliee(), rdf)), "", rdf);
	}

	private static IRI concept(Model modele, String code) {
		return (IRI) Models.subject(modele.filter(null, SKOS.NOTATION, Values.literal(code))).orElseThrow();
	}

}
