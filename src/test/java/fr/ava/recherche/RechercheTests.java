package fr.ava.recherche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;

@SpringBootTest
@AutoConfigureMockMvc
class RechercheTests {

	@Autowired
	Recherche recherche;

	@Autowired
	Referentiels referentiels;

	@Autowired
	Permaliens permaliens;

	@Test
	void trouveBenevolatEtBenevolesEnCherchantBenevoleSansAccent() {
		var extraits = extraits(rechercher("benevole"));

		assertThat(extraits).anyMatch(extrait -> extrait.contains("<mark>bénévolat</mark>"));
		assertThat(extraits).anyMatch(extrait -> extrait.contains("<mark>bénévoles</mark>"));
	}

	@Test
	void trouveLeSingulierEnCherchantLePluriel() {
		var resultats = rechercher("subventions");

		assertThat(codes(resultats)).contains("FS01-D1", "FS01-A01");
		assertThat(extraits(resultats)).anyMatch(extrait -> extrait.contains("<mark>subvention</mark>"));
	}

	@Test
	void trouveAnimerEnCherchantLAnimation() {
		var resultats = rechercher("l'animation");

		assertThat(codes(resultats)).contains("M1-C11", "M2-C02");
		assertThat(extraits(resultats)).anyMatch(extrait -> extrait.contains("<mark>Animer</mark> un collectif"));
	}

	@Test
	void exigeChaqueMotCherche() {
		assertThat(codes(rechercher("diagnostic territorial participatif"))).containsExactly("M3-C02");
	}

	@Test
	void regroupeLesResultatsParNatureDansLOrdreDuReferentiel() {
		var natures = rechercher("veille").groupes().stream().map(ResultatsDeRecherche.Groupe::nature).toList();

		assertThat(natures).startsWith(Nature.FONCTION_TRANSVERSALE).isSorted();
	}

	@Test
	void neRenvoieJamaisLeBalisageDeLaRequete() {
		var resultats = rechercher("<script>alert('x')</script> veille");

		assertThat(extraits(resultats)).noneMatch(extrait -> extrait.contains("<script"));
	}

	@Test
	void accepteUneRequeteVideOuImmenseSansErreur() {
		assertThat(rechercher("   ").total()).isZero();
		var immense = rechercher("veille ".repeat(300));

		assertThat(immense.requete()).hasSize(Recherche.LONGUEUR_MAXIMALE);
		assertThat(immense.total()).isPositive();
	}

	@Test
	void echappeLeTexteDesElementsDansLesExtraits() {
		assertThat(extraits(rechercher("associatif"))).allMatch(extrait -> !extrait.contains("'"));
	}

	@ParameterizedTest
	@CsvSource({ "FT01-C02, FT01-C02", "ft01-c02, FT01-C02", "ft01, FT01", "m1, M1", " FS03-A01 , FS03-A01" })
	void meneALElementDontOnTapeLeCode(String tape, String code) {
		var resultats = rechercher(tape);

		assertThat(resultats.element()).isNotNull();
		assertThat(resultats.element().code()).isEqualTo(code);
		assertThat(resultats.element().lien()).isEqualTo(permaliens.element(referentiels.dernierePubliee(), Code.of(code)));
		assertThat(codes(resultats)).containsExactly(code);
	}

	@Test
	void chercheCommeUnTexteUnCodeQuiNeNommeRien() {
		var resultats = rechercher("FT99");

		assertThat(resultats.element()).isNull();
		assertThat(resultats.total()).isZero();
		assertThat(resultats.suggestions()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "subvantion, subvention", "animassion des benevols, animation des bénévoles" })
	void proposeLesMotsDuReferentielLesPlusProchesQuandRienNeRepond(String tape, String propose) {
		var resultats = rechercher(tape);

		assertThat(resultats.total()).isZero();
		assertThat(resultats.suggestions()).contains(propose);
		assertThat(resultats.suggestions()).allMatch(suggestion -> rechercher(suggestion).total() > 0);
	}

	@ParameterizedTest
	@CsvSource({ "benevols, bénévoles", "acompagnement, accompagnement" })
	void proposeAussiLeMotBienEcritQuandLaRechercheAPardonneLaFaute(String tape, String propose) {
		var resultats = rechercher(tape);

		assertThat(resultats.total()).isPositive();
		assertThat(resultats.suggestions()).contains(propose);
	}

	@Test
	void neCorrigePasUnPlurielQuiTrouveDesElements() {
		assertThat(rechercher("subventions").suggestions()).isEmpty();
		assertThat(rechercher("bénévoles").suggestions()).isEmpty();
	}

	private ResultatsDeRecherche rechercher(String requete) {
		Referentiel referentiel = referentiels.dernierePubliee();
		return recherche.rechercher(referentiel, requete, 100);
	}

	private static List<String> codes(ResultatsDeRecherche resultats) {
		return resultats.groupes().stream().flatMap(groupe -> groupe.resultats().stream()).map(Resultat::code).toList();
	}

	private static List<String> extraits(ResultatsDeRecherche resultats) {
		return resultats.groupes().stream().flatMap(groupe -> groupe.resultats().stream()).map(Resultat::extrait).toList();
	}

}
