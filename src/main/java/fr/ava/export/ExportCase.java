package fr.ava.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Noeud;
import fr.ava.referentiel.Referentiel;
import fr.ava.socle.AdressePublique;

/**
 * A version as a 1EdTech CASE 1.1 package: one CFDocument, one CFItem per item and an "isChildOf"
 * association for each link of the tree. Identifiers are name-based UUIDs, so that an item keeps
 * its identifier from one run, and one version, to the next.
 */
@Component
public class ExportCase {

	private static final String CREATEUR = "Collectif AVA (RNMA, Le Mouvement associatif et leurs partenaires)";

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final AdressePublique adresse;

	ExportCase(AdressePublique adresse) {
		this.adresse = adresse;
	}

	public byte[] exporter(Referentiel referentiel) {
		return mapper.writeValueAsBytes(paquet(referentiel));
	}

	public static UUID identifiantDElement(Code code) {
		return UUID.nameUUIDFromBytes(("ava:item:" + code).getBytes(StandardCharsets.UTF_8));
	}

	static UUID identifiantDeDocument(Referentiel referentiel) {
		return UUID.nameUUIDFromBytes(("ava:document:" + referentiel.numero()).getBytes(StandardCharsets.UTF_8));
	}

	public Paquet paquet(Referentiel referentiel) {
		var date = referentiel.version().publieeLe() == null ? Instant.EPOCH : referentiel.version().publieeLe();
		var modifie = date.toString();
		var document = new Document(identifiantDeDocument(referentiel).toString(),
				uri("CFDocuments", identifiantDeDocument(referentiel)), "1.1", "Référentiel métier", CREATEUR,
				"Référentiel métier de l'accompagnateur·trice de la vie associative locale", modifie, "fr",
				referentiel.numero().toString(), referentiel.definition().texte());
		var lienDocument = new Lien(document.title(), document.identifier(), document.uri());
		var items = new ArrayList<Item>();
		var associations = new ArrayList<Association>();
		var rangs = new HashMap<Code, Integer>();
		for (var noeud : referentiel.noeuds()) {
			var item = item(noeud, modifie);
			items.add(item);
			var parent = noeud.parent() == null ? lienDocument : lien(referentiel.noeud(noeud.parent()).orElseThrow());
			var identifiant = UUID.nameUUIDFromBytes(("ava:association:" + referentiel.numero() + ":" + noeud.code())
				.getBytes(StandardCharsets.UTF_8));
			associations.add(new Association(identifiant.toString(), "isChildOf",
					rangs.merge(noeud.parent(), 1, Integer::sum), uri("CFAssociations", identifiant),
					new Lien(item.fullStatement(), item.identifier(), item.uri()), parent, modifie));
		}
		return new Paquet(document, items, associations);
	}

	private Item item(Noeud noeud, String modifie) {
		var identifiant = identifiantDElement(noeud.code());
		return new Item(identifiant.toString(), noeud.libelle(), noeud.nature().libelle(), uri("CFItems", identifiant),
				noeud.code().valeur(), "fr", modifie);
	}

	private Lien lien(Noeud noeud) {
		var identifiant = identifiantDElement(noeud.code());
		return new Lien(noeud.libelle(), identifiant.toString(), uri("CFItems", identifiant));
	}

	private String uri(String ressource, UUID identifiant) {
		return adresse.de("/ims/case/v1p1/" + ressource + "/" + identifiant);
	}

	public record Paquet(Document CFDocument, List<Item> CFItems, List<Association> CFAssociations) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Document(String identifier, String uri, String caseVersion, String frameworkType, String creator,
			String title, String lastChangeDateTime, String language, String version, String description) {
	}

	public record Item(String identifier, String fullStatement, String CFItemType, String uri, String humanCodingScheme,
			String language, String lastChangeDateTime) {
	}

	public record Association(String identifier, String associationType, int sequenceNumber, String uri,
			Lien originNodeURI, Lien destinationNodeURI, String lastChangeDateTime) {
	}

	public record Lien(String title, String identifier, String uri) {
	}

}
