package fr.ava.recherche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.referentiel.NumeroDeVersionInvalide;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiels;
import fr.ava.referentiel.VersionIntrouvable;

@SpringBootTest
class RapprochementDeTexteTests {

	static final String FICHE = """
			COMMUNE DE VAL-BRUNE
			Chargé·e de mission vie associative

			Vos missions :
			• Instruire les demandes de subvention des associations (dossiers CERFA, Compte Asso) et suivre les versements ;
			• Organiser le forum des associations de septembre.
			• Tenir la permanence d'accueil du mardi, répondre aux questions des bénévoles et les orienter.

			Profil : bac+3, permis B, expérience souhaitée.
			Rémunération : grille des rédacteurs + RIFSEEP. Candidatures à M. le Maire avant le 30 avril.
			""";

	@Autowired
	RapprochementDeTexte rapprochement;

	@Autowired
	Referentiels referentiels;

	@Test
	void situeChaquePhraseDansLeTexteDOrigine() {
		var texte = FICHE.replace("\n", "\r\n");
		var phrases = rapprochement.rapprocher("1.0", texte).phrases();

		assertThat(phrases).isNotEmpty();
		phrases.forEach(phrase -> assertThat(texte.substring(phrase.debut(), phrase.fin())).isEqualTo(phrase.texte()));
		assertThat(phrases).extracting(PhraseRapprochee::texte)
			.contains("Organiser le forum des associations de septembre.",
					"Candidatures à M. le Maire avant le 30 avril.");
		assertThat(phrases).isSortedAccordingTo((une, autre) -> Integer.compare(une.debut(), autre.debut()));
	}

	@Test
	void rattacheUnePhraseSurLesSubventionsALaGestionAdministrativeEtFinanciere() {
		var resultat = rapprochement.rapprocher("1.0", FICHE);
		var gestion = couverture(resultat, "FS01");

		assertThat(gestion.present()).isTrue();
		assertThat(gestion.preuves()).singleElement().satisfies(preuve -> {
			assertThat(preuve.texte()).startsWith("Instruire les demandes de subvention");
			assertThat(preuve.codes()).contains("FS01-A01");
			assertThat(resultat.phrases().get(preuve.phrase()).texte()).isEqualTo(preuve.texte());
		});
		assertThat(couverture(resultat, "FS04").present()).isTrue();
		assertThat(couverture(resultat, "FT02").present()).isTrue();
		assertThat(couverture(resultat, "FS06").present()).isFalse();
	}

	@Test
	void neTrouveRienDansLeBruit() {
		var bruit = """
				Profil : Bac+3 minimum, expérience de deux ans dans l'accompagnement des associations.
				Permis B et véhicule indispensables.
				Conditions : CDI, temps plein, convention collective ÉCLAT, 2 200 € brut, mutuelle.
				Pour postuler : CV et lettre de motivation à recrutement@asso.fr avant le 15 mars.
				""";
		var resultat = rapprochement.rapprocher("1.0", bruit);

		assertThat(resultat.phrases()).isNotEmpty().allSatisfy(phrase -> assertThat(phrase.elements()).isEmpty());
		assertThat(resultat.couvertures()).allSatisfy(couverture -> {
			assertThat(couverture.present()).isFalse();
			assertThat(couverture.score()).isZero();
			assertThat(couverture.preuves()).isEmpty();
		});
	}

	@Test
	void donneChaqueMissionEtChaqueFonctionAvecSonLibelleExact() {
		var referentiel = referentiels.publiee("1.0");
		var attendus = referentiel.perimetres();

		var couvertures = rapprochement.rapprocher("1.0", "Rien à voir : tondre les pelouses.").couvertures();

		assertThat(couvertures).extracting(Couverture::code)
			.containsExactlyElementsOf(attendus.stream().map(perimetre -> perimetre.code().valeur()).toList());
		assertThat(couvertures).extracting(Couverture::libelle)
			.containsExactlyElementsOf(attendus.stream().map(Perimetre::libelle).toList());
		assertThat(couvertures).extracting(Couverture::code).startsWith("M1", "M2", "M3", "FT01").endsWith("FS07");
		assertThat(couvertures).noneMatch(Couverture::present);
	}

	@Test
	void donneDesScoresEntreZeroEtUn() {
		var resultat = rapprochement.rapprocher("1.0", FICHE);

		assertThat(resultat.couvertures()).allSatisfy(couverture -> assertThat(couverture.score()).isBetween(0.0, 1.0));
		assertThat(resultat.phrases()).flatExtracting(PhraseRapprochee::elements)
			.allSatisfy(element -> assertThat(element.score()).isBetween(0.0, 1.0));
	}

	@Test
	void refuseUneVersionInconnue() {
		assertThatThrownBy(() -> rapprochement.rapprocher("9.9", FICHE)).isInstanceOf(VersionIntrouvable.class);
		assertThatThrownBy(() -> rapprochement.rapprocher("un", FICHE)).isInstanceOf(NumeroDeVersionInvalide.class);
	}

	@Test
	void refuseUnTexteTropLongEtAccepteUnTexteVide() {
		assertThatThrownBy(() -> rapprochement.rapprocher("1.0", "a".repeat(RapprochementDeTexte.LONGUEUR_MAXIMALE + 1)))
			.isInstanceOf(TexteTropLong.class);
		var vide = rapprochement.rapprocher("1.0", "");

		assertThat(vide.phrases()).isEmpty();
		assertThat(vide.couvertures()).hasSize(20).noneMatch(Couverture::present);
		assertThat(vide.version()).isEqualTo("1.0");
	}

	private static Couverture couverture(Rapprochement resultat, String code) {
		List<Couverture> trouvees = resultat.couvertures().stream().filter(c -> c.code().equals(code)).toList();
		assertThat(trouvees).hasSize(1);
		return trouvees.get(0);
	}

}
