package fr.ava.export;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.ModelBuilder;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.springframework.stereotype.Component;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;
import fr.ava.socle.AdressePublique;

/**
 * A version as SKOS linked data, as ESCO publishes its classifications: a concept scheme, one
 * concept per item named by its permalink, the tree as broader and narrower links, and collections
 * of the missions, the transversal and the specific functions.
 */
@Component
public class ExportSkos {

	private final Permaliens permaliens;

	private final AdressePublique adresse;

	ExportSkos(Permaliens permaliens, AdressePublique adresse) {
		this.permaliens = permaliens;
		this.adresse = adresse;
	}

	public byte[] exporter(Referentiel referentiel, RDFFormat format) {
		var sortie = new ByteArrayOutputStream();
		Rio.write(modele(referentiel), sortie, format);
		return sortie.toByteArray();
	}

	/** What the version says of one item: its statements, and the links that point to it. */
	public byte[] exporter(Referentiel referentiel, Code code, RDFFormat format) {
		var modele = modele(referentiel);
		var concept = concept(referentiel, code);
		var sortie = new ByteArrayOutputStream();
		var propre = new LinkedHashModel(modele.getNamespaces(), modele.filter(concept, null, null));
		propre.addAll(modele.filter(null, null, concept));
		Rio.write(propre, sortie, format);
		return sortie.toByteArray();
	}

	Model modele(Referentiel referentiel) {
		var schema = Values.iri(adresse.de(permaliens.version(referentiel.numero())));
		var modele = new ModelBuilder().setNamespace(SKOS.NS)
			.subject(schema)
			.add(RDF.TYPE, SKOS.CONCEPT_SCHEME)
			.add(SKOS.PREF_LABEL,
					Values.literal("Référentiel métier de l'accompagnateur·trice de la vie associative locale, version "
							+ referentiel.numero(), "fr"))
			.add(SKOS.NOTATION, referentiel.numero().toString());
		for (var noeud : referentiel.noeuds()) {
			var concept = concept(referentiel, noeud.code());
			modele.subject(concept)
				.add(RDF.TYPE, SKOS.CONCEPT)
				.add(SKOS.PREF_LABEL, Values.literal(noeud.libelle(), "fr"))
				.add(SKOS.NOTATION, noeud.code().valeur())
				.add(SKOS.IN_SCHEME, schema);
			if (noeud.parent() == null) {
				modele.add(SKOS.TOP_CONCEPT_OF, schema).subject(schema).add(SKOS.HAS_TOP_CONCEPT, concept);
			}
			else {
				var parent = concept(referentiel, noeud.parent());
				modele.add(SKOS.BROADER, parent).subject(parent).add(SKOS.NARROWER, concept);
			}
		}
		collection(modele, referentiel, "missions", "Missions", referentiel.missions());
		collection(modele, referentiel, "fonctions-transversales", "Fonctions transversales",
				referentiel.fonctionsTransversales());
		collection(modele, referentiel, "fonctions-specifiques", "Fonctions spécifiques",
				referentiel.fonctionsSpecifiques());
		return modele.build();
	}

	private void collection(ModelBuilder modele, Referentiel referentiel, String nom, String libelle,
			List<? extends Perimetre> membres) {
		var collection = Values.iri(adresse.de(permaliens.version(referentiel.numero())) + "#" + nom);
		modele.subject(collection).add(RDF.TYPE, SKOS.COLLECTION).add(SKOS.PREF_LABEL, Values.literal(libelle, "fr"));
		membres.forEach(membre -> modele.add(SKOS.MEMBER, concept(referentiel, membre.code())));
	}

	private IRI concept(Referentiel referentiel, Code code) {
		return Values.iri(adresse.de(permaliens.element(referentiel, code)));
	}

}
