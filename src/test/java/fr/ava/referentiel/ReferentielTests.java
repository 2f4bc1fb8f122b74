package fr.ava.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferentielTests {

	private static final Version VERSION = Version.brouillon(Version.Numero.of("1.0")).publier(Instant.EPOCH);

	static Referentiel petitReferentiel(Element... valeurs) {
		var mission = new Mission(Code.of("M1"), "organisationnel", "Accompagnement organisationnel",
				List.of(Element.of("M1-D1", Nature.DESCRIPTION, "Conseil et appui")),
				List.of(Element.of("M1-C01", Nature.COMPETENCE, "Aller vers")),
				List.of(Element.of("M1-A01", Nature.ACTIVITE, "écoute et reformulation des besoins exprimés")));
		var veille = new Fonction(Code.of("FT01"), "veille", "Veille", Nature.FONCTION_TRANSVERSALE,
				List.of(Element.of("FT01-D1", Nature.DESCRIPTION, "Veille : AO")),
				List.of(Element.of("FT01-C01", Nature.COMPETENCE, "Rechercher des informations")),
				List.of(Element.of("FT01-A01", Nature.ACTIVITE, "suivre l'évolution des politiques publiques")));
		var plaidoyer = new Fonction(Code.of("FS06"), "plaidoyer", "Plaidoyer", Nature.FONCTION_SPECIFIQUE, List.of(),
				List.of(Element.of("FS06-C01", Nature.COMPETENCE, "Savoir argumenter et convaincre")), List.of());
		var section = new Element(Code.of("CTX-LOCAL"), Nature.SECTION, "La place du local", null,
				List.of(new Element(Code.of("CTX-LOCAL-01"), Nature.PARAGRAPHE, "Maillage territorial",
						"Le besoin de rechercher des relais locaux", List.of())));
		return new Referentiel(VERSION, "Titre", "Sous-titre",
				new Definition(Code.of("DEF"), "Définition",
						new Definition.Citation(Code.of("DEF-CIT"), "Citation", "Source")),
				List.of(new GroupeDeMissions(Code.of("G1"), "1 & 2", "Organisationnel", "Accompagner", "AVA",
						List.of(Code.of("M1")))),
				List.of(mission), List.of(veille, plaidoyer), List.of(valeurs), List.of(section));
	}

	@Test
	void metLesParentsAvantLeursEnfantsDansLOrdreDuTexte() {
		var codes = petitReferentiel().noeuds().stream().map(noeud -> noeud.code().valeur()).toList();

		assertThat(codes).containsExactly("DEF", "DEF-CIT", "G1", "M1", "M1-D1", "M1-C01", "M1-A01", "FT01", "FT01-D1",
				"FT01-C01", "FT01-A01", "FS06", "FS06-C01", "CTX-LOCAL", "CTX-LOCAL-01");
		assertThat(petitReferentiel().noeud(Code.of("M1")).orElseThrow().parent()).isEqualTo(Code.of("G1"));
	}

	@Test
	void seReconstruitALIdentiqueDepuisSesElementsAPlat() {
		var original = petitReferentiel(Element.of("V01", Nature.VALEUR, "Confidentialité"));

		var relu = Referentiel.depuis(VERSION, "Titre", "Sous-titre", original.noeuds());

		assertThat(relu.noeuds()).isEqualTo(original.noeuds());
		assertThat(relu.missions()).isEqualTo(original.missions());
		assertThat(relu.fonctions()).isEqualTo(original.fonctions());
		assertThat(relu.groupes()).isEqualTo(original.groupes());
		assertThat(relu.contexte()).isEqualTo(original.contexte());
		assertThat(relu.definition()).isEqualTo(original.definition());
	}

	@Test
	void refuseDeuxElementsDeMemeCode() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> petitReferentiel(Element.of("M1-C01", Nature.VALEUR, "Doublon")))
			.withMessageContaining("M1-C01");
	}

	@Test
	void retrouveLaMissionOuLaFonctionDUnElement() {
		var referentiel = petitReferentiel();

		assertThat(referentiel.perimetreDe(Code.of("FT01-A01")).orElseThrow().libelle()).isEqualTo("Veille");
		assertThat(referentiel.perimetreDe(Code.of("CTX-LOCAL-01"))).isEmpty();
		assertThat(referentiel.fonctionsSpecifiques()).extracting(Fonction::slug).containsExactly("plaidoyer");
		assertThat(referentiel.competences()).extracting(Element::texte)
			.containsExactly("Aller vers", "Rechercher des informations", "Savoir argumenter et convaincre");
	}

}
