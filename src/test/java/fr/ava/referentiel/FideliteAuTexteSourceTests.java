package fr.ava.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;

/**
 * The version loaded at start-up holds the source text of the framework word for word: every
 * competency, activity and value line, the missions and all the functions of the table; and
 * nothing in it is foreign to the source, but the section titles AVA adds.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FideliteAuTexteSourceTests {

	private static final Set<String> TITRES_AJOUTES_PAR_AVA = Set.of("Étapes du chantier",
			"Intitulés de postes observés");

	private static List<String> lignes;

	private static String source;

	@Autowired
	Referentiels referentiels;

	@BeforeAll
	static void lireLaSource() throws IOException {
		source = new ClassPathResource("source/referentiel-metier-ava.txt").getContentAsString(StandardCharsets.UTF_8);
		lignes = source.lines().map(String::strip).toList();
	}

	@Test
	void contientChaqueCompetenceDeLaSource() {
		assertThat(textes(referentiels.publiee(Version.Numero.of("1.0")).competences()))
			.containsExactlyInAnyOrderElementsOf(puces("Compétences et savoir-faire associés :", "Exemples d'activités"));
	}

	@Test
	void contientChaqueActiviteDeLaSourceSepareeParDesPointsVirgules() {
		var activites = new ArrayList<String>();
		for (int i = 0; i < lignes.size(); i++) {
			if (lignes.get(i).equals("Exemples d'activités :")) {
				var paragraphe = lignes.stream().skip(i + 1).filter(ligne -> !ligne.isEmpty()).findFirst().orElseThrow();
				Arrays.stream(paragraphe.split(";")).map(String::strip).filter(a -> !a.isEmpty()).forEach(activites::add);
			}
		}

		assertThat(textes(referentiels.publiee(Version.Numero.of("1.0")).activites()))
			.containsExactlyInAnyOrderElementsOf(activites);
	}

	@Test
	void contientChaqueValeurEtElementDePosture() {
		var debut = lignes.indexOf("Valeurs et éléments de posture");
		var valeurs = lignes.subList(debut + 1, lignes.size())
			.stream()
			.filter(ligne -> ligne.startsWith("- "))
			.map(ligne -> ligne.substring(2).strip())
			.toList();

		assertThat(textes(referentiels.publiee(Version.Numero.of("1.0")).valeurs())).containsExactlyElementsOf(valeurs);
	}

	@Test
	void aUneMissionOuUneFonctionPourChaqueSectionDeCompetencesDeLaSource() {
		var referentiel = referentiels.publiee(Version.Numero.of("1.0"));
		var sections = lignes.stream().filter("Compétences et savoir-faire associés :"::equals).count();

		assertThat(referentiel.perimetres()).hasSize((int) sections);
		assertThat(referentiel.missions()).hasSize(3);
		assertThat(referentiel.fonctionsTransversales()).hasSize(10);
		assertThat(referentiel.fonctionsSpecifiques()).hasSize(7);
	}

	@Test
	void reprendLesFonctionsDuTableauDeLaSourceDansLeurColonne() {
		var referentiel = referentiels.publiee(Version.Numero.of("1.0"));
		var tableau = lignes.get(lignes.indexOf("3 MISSIONS D'ACCOMPAGNEMENT\tFONCTIONS TRANSVERSALES\tFONCTIONS SPÉCIFIQUES") + 1);
		var colonnes = tableau.split("\t");

		referentiel.missions().forEach(mission -> assertThat(colonnes[0]).contains(mission.libelle()));
		referentiel.fonctionsTransversales().forEach(fonction -> assertThat(colonnes[1]).contains(fonction.libelle()));
		referentiel.fonctionsSpecifiques().forEach(fonction -> assertThat(colonnes[2]).contains(fonction.libelle()));
	}

	@Test
	void nePresenteAucunTexteQuiNeSoitDansLaSource() {
		var sourceEnUneLigne = Pattern.compile("\\s+").matcher(source).replaceAll(" ");
		var referentiel = referentiels.publiee(Version.Numero.of("1.0"));

		referentiel.noeuds().forEach(noeud -> {
			for (var texte : new String[] { noeud.titre(), noeud.texte(), noeud.complement(), noeud.numero() }) {
				if (texte != null && !TITRES_AJOUTES_PAR_AVA.contains(texte)) {
					assertThat(sourceEnUneLigne).as("texte de %s", noeud.code()).containsIgnoringCase(texte);
				}
			}
		});
	}

	private static List<String> puces(String debut, String fin) {
		var puces = new ArrayList<String>();
		var dedans = false;
		for (var ligne : lignes) {
			if (ligne.equals(debut)) {
				dedans = true;
			}
			else if (ligne.startsWith(fin)) {
				dedans = false;
			}
			else if (dedans && ligne.startsWith("- ")) {
				puces.add(ligne.substring(2).strip());
			}
		}
		return puces;
	}

	private static List<String> textes(List<Element> elements) {
		return elements.stream().map(Element::texte).toList();
	}

}
