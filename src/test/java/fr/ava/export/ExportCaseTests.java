package fr.ava.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import tools.jackson.databind.json.JsonMapper;

import fr.ava.Prerequis;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Referentiels;

@SpringBootTest
@AutoConfigureMockMvc
class ExportCaseTests {

	/** The official 1EdTech schema, from the project's shared standards (always there in CI). */
	static final Path SCHEMA_OFFICIEL = Path.of("..", "shared", "standards", "case-v1p1-cfpackage.schema.json");

	@Autowired
	ExportCase export;

	@Autowired
	Referentiels referentiels;

	static boolean schemaOfficielDisponible() {
		return Prerequis.enCI() || Files.isReadable(SCHEMA_OFFICIEL);
	}

	@Test
	@EnabledIf("schemaOfficielDisponible")
	void estValideSelonLeSchemaOfficielCase() throws Exception {
		var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
				registre -> registre.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
			.getSchema(Files.newInputStream(SCHEMA_OFFICIEL), InputFormat.JSON);

		var erreurs = schema.validate(new String(export.exporter(referentiels.dernierePubliee()),
				StandardCharsets.UTF_8), InputFormat.JSON);

		assertThat(erreurs).isEmpty();
	}

	@Test
	void donneUnItemParElementEtUneAssociationIsChildOfVersSonParent() {
		var referentiel = referentiels.dernierePubliee();
		var arbre = JsonMapper.builder().build().readTree(export.exporter(referentiel));

		assertThat(arbre.get("CFItems")).hasSize(referentiel.noeuds().size());
		assertThat(arbre.get("CFDocument").get("language").asString()).isEqualTo("fr");
		var competence = ExportCase.identifiantDElement(Code.of("FT01-C02")).toString();
		var item = arbre.get("CFItems").valueStream()
			.filter(candidat -> candidat.get("identifier").asString().equals(competence))
			.findFirst()
			.orElseThrow();
		assertThat(item.get("humanCodingScheme").asString()).isEqualTo("FT01-C02");
		assertThat(item.get("CFItemType").asString()).isEqualTo("Compétence");
		assertThat(item.get("fullStatement").asString()).isEqualTo("Rechercher des informations");
		var association = arbre.get("CFAssociations").valueStream()
			.filter(candidat -> candidat.get("originNodeURI").get("identifier").asString().equals(competence))
			.findFirst()
			.orElseThrow();
		assertThat(association.get("associationType").asString()).isEqualTo("isChildOf");
		assertThat(association.get("destinationNodeURI").get("identifier").asString())
			.isEqualTo(ExportCase.identifiantDElement(Code.of("FT01")).toString());
	}

	@Test
	void gardeLesMemesIdentifiantsDUnExportAuSuivant() {
		var referentiel = referentiels.dernierePubliee();

		assertThat(export.exporter(referentiel)).isEqualTo(export.exporter(referentiel));
		assertThat(ExportCase.identifiantDElement(Code.of("M1"))).isEqualTo(ExportCase.identifiantDElement(Code.of("M1")))
			.isNotEqualTo(ExportCase.identifiantDElement(Code.of("M2")));
	}

}
