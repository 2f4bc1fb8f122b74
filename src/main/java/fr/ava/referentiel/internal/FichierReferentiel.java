package fr.ava.referentiel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Version;
import fr.ava.referentiel.FichierReferentielInvalide;
import fr.ava.referentiel.FormatCanonique;
import fr.ava.referentiel.FichierReferentielInvalide.Probleme;

/**
 * Reads the canonical data file of a version: YAML, checked against {@code referentiel.schema.json},
 * then against the rules a schema cannot say (unique codes, missions of the groups). Either the
 * whole version is read, or the file is refused with every problem found.
 */
@Component
class FichierReferentiel implements FormatCanonique {

	private static final String SCHEMA = "referentiel/referentiel.schema.json";

	private final NodeReader lecteur = NodeReader.builder().locationAware().build();

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final Schema schema;

	FichierReferentiel() {
		var registre = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.FRENCH).build()));
		try (var entree = new ClassPathResource(SCHEMA).getInputStream()) {
			this.schema = registre.getSchema(entree, InputFormat.JSON);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads a version published now. */
	Referentiel lire(Resource fichier) {
		var nom = fichier.getDescription();
		try (var entree = fichier.getInputStream()) {
			return lire(entree, nom, InputFormat.YAML);
		}
		catch (IOException ex) {
			throw new FichierReferentielInvalide(nom, List.of(new Probleme(null, "$", "illisible : " + ex.getMessage())));
		}
	}

	@Override
	public Referentiel lireDuJson(InputStream json, String nom) {
		return lire(json, nom, InputFormat.JSON);
	}

	@Override
	public byte[] ecrireEnJson(Referentiel referentiel) {
		return mapper.writeValueAsBytes(ContenuDuFichier.depuis(referentiel));
	}

	private Referentiel lire(InputStream entree, String nom, InputFormat format) {
		var document = arbre(entree, nom, format);
		var problemes = new ArrayList<Probleme>();
		schema.validate(document).forEach(erreur -> problemes.add(probleme(document, erreur)));
		if (problemes.isEmpty()) {
			verifierLesCodes(document, problemes);
		}
		if (!problemes.isEmpty()) {
			throw new FichierReferentielInvalide(nom, problemes);
		}
		var contenu = mapper.treeToValue(document, ContenuDuFichier.class);
		var version = Version.brouillon(Version.Numero.of(contenu.version())).publier(Instant.now());
		try {
			return contenu.referentiel(version);
		}
		catch (IllegalArgumentException ex) {
			throw new FichierReferentielInvalide(nom, List.of(new Probleme(null, "$", ex.getMessage())));
		}
	}

	private JsonNode arbre(InputStream entree, String nom, InputFormat format) {
		try {
			return lecteur.readTree(entree, format);
		}
		catch (JacksonException ex) {
			var lieu = ex.getLocation();
			throw new FichierReferentielInvalide(nom, List.of(new Probleme(lieu == null ? null : lieu.getLineNr(), "$",
					format + " mal formé : " + ex.getOriginalMessage())));
		}
	}

	private static Probleme probleme(JsonNode document, Error erreur) {
		JsonNode noeud = JsonNodes.get(document, erreur.getInstanceLocation());
		var chemin = erreur.getInstanceLocation().toString();
		return new Probleme(ligne(noeud), chemin.isEmpty() ? "/" : chemin, erreur.getMessage());
	}

	private static void verifierLesCodes(JsonNode document, List<Probleme> problemes) {
		var vus = new HashSet<String>();
		document.findParents("code").forEach(parent -> {
			var code = parent.get("code");
			if (code.isString() && !vus.add(code.asString())) {
				problemes.add(new Probleme(ligne(code), "code", "le code « " + code.asString() + " » est utilisé deux fois"));
			}
		});
		var missions = new HashSet<String>();
		document.get("missions").forEach(mission -> missions.add(mission.get("code").asString()));
		document.get("groupesDeMissions").forEach(groupe -> groupe.get("missions").forEach(mission -> {
			if (!missions.contains(mission.asString())) {
				problemes.add(new Probleme(ligne(mission), "groupesDeMissions",
						"la mission « " + mission.asString() + " » n'existe pas"));
			}
		}));
	}

	private static @Nullable Integer ligne(@Nullable JsonNode noeud) {
		if (noeud == null) {
			return null;
		}
		TokenStreamLocation lieu = JsonNodes.tokenStreamLocationOf(noeud);
		return lieu == null ? null : lieu.getLineNr();
	}

}
