package fr.ava.recherche;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.recherche.JeuDEvaluation.Fiche;
import fr.ava.recherche.JeuDEvaluation.Partie;
import fr.ava.recherche.internal.CorrespondancesDuTexte;
import fr.ava.recherche.internal.AnalyseurDuRapprochement;
import fr.ava.recherche.internal.DecoupageEnPhrases;
import fr.ava.recherche.internal.ExpressionsDuMetier;
import fr.ava.recherche.internal.LectureDesFiches;
import fr.ava.recherche.internal.RapprocheurDeVersion;
import fr.ava.recherche.internal.RapprochementSettings;
import fr.ava.recherche.internal.RubriqueDeFiche;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;

/**
 * The measured quality of the matcher on the labelled job descriptions (see the README of
 * {@code src/test/resources/fiches-de-poste/evaluation}): precision, recall and F1 of each mission and
 * function, for the training part and for the held-out validation part, which must reach the targets
 * of issue 6. Run: {@code ./mvnw -q -B test -Dtest=EvaluationDuRapprochementTests}; the tables are
 * printed and written to {@code target/evaluation-rapprochement.md}.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationDuRapprochementTests {

	static final String VERSION = "1.0";

	static final double F1_CIBLE = 0.85;

	static final double F1_MINIMAL_D_UNE_FONCTION = 0.6;

	@Autowired
	RapprochementDeTexte rapprochement;

	@Autowired
	Referentiels referentiels;

	JeuDEvaluation jeu;

	Referentiel referentiel;

	List<String> codes;

	Map<String, String> libelles;

	Map<Fiche, Rapprochement> rapprochements = new LinkedHashMap<>();

	@BeforeAll
	void rapprocherChaqueFiche() {
		jeu = JeuDEvaluation.lu();
		referentiel = referentiels.publiee(VERSION);
		codes = referentiel.perimetres().stream().map(perimetre -> perimetre.code().valeur()).toList();
		libelles = referentiel.perimetres()
			.stream()
			.collect(Collectors.toMap(perimetre -> perimetre.code().valeur(), Perimetre::libelle));
		jeu.fiches().forEach(fiche -> rapprochements.put(fiche, rapprochement.rapprocher(VERSION, fiche.texte())));
	}

	@Test
	void lesSeuilsEnregistresSontCeuxQueDonneLaPartieApprentissage() {
		var apprentissage = jeu.partie(Partie.APPRENTISSAGE);
		var enregistres = RapprochementSettings.lus();
		var appris = new LinkedHashMap<String, Double>();
		for (int rang = 0; rang < codes.size(); rang++) {
			var code = codes.get(rang);
			appris.put(code, ApprentissageDesSeuils.seuil(scores(apprentissage, rang), attendus(apprentissage, code), -1));
		}
		var lignes = appris.entrySet()
			.stream()
			.map(seuil -> String.format(Locale.ROOT, "seuil.%s=%.3f", seuil.getKey(), seuil.getValue()))
			.collect(Collectors.joining("\n"));
		System.out.println("Seuils appris sur la partie apprentissage :\n" + lignes);
		appris.forEach((code, seuil) -> assertThat(enregistres.seuil(code)).as("seuil de " + code + " ; à écrire dans "
				+ "src/main/resources/recherche/rapprochement/reglages.properties :\n" + lignes).isEqualTo(seuil));
	}

	@Test
	void atteintLesCiblesSurLaPartieValidation() throws IOException {
		var apprentissage = mesures(jeu.partie(Partie.APPRENTISSAGE));
		var validation = mesures(jeu.partie(Partie.VALIDATION));
		var rapport = "## Apprentissage (" + jeu.partie(Partie.APPRENTISSAGE).size() + " fiches)\n\n"
				+ apprentissage.tableau(libelles) + "\n## Validation (" + jeu.partie(Partie.VALIDATION).size()
				+ " fiches, réservées)\n\n" + validation.tableau(libelles);
		System.out.println(rapport);
		Files.writeString(Path.of("target", "evaluation-rapprochement.md"), rapport);

		assertThat(validation.fonctions().f1()).as("F1 global des fonctions sur la validation")
			.isGreaterThanOrEqualTo(F1_CIBLE);
		assertThat(validation.fonctionsSous(F1_MINIMAL_D_UNE_FONCTION)).as("fonctions sous 0,6 sur la validation")
			.isEmpty();
	}

	/**
	 * How the weights of the rubriques, the floor and the force in reglages.properties were chosen:
	 * every combination of a small grid, scored by leave-one-out on the training part only (each
	 * job description judged with thresholds learned on the others). Long (a minute or two):
	 * {@code ./mvnw -q -B test -Dtest=EvaluationDuRapprochementTests -Dava.evaluation.grille=true}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "ava.evaluation.grille", matches = "true")
	void chercheLesReglagesParValidationCroiseeSurLApprentissage() {
		var apprentissage = jeu.partie(Partie.APPRENTISSAGE);
		var rapprocheur = new RapprocheurDeVersion(referentiel, new AnalyseurDuRapprochement(),
				new DecoupageEnPhrases(new LectureDesFiches()), ExpressionsDuMetier.lues());
		var analyses = apprentissage.stream().map(fiche -> rapprocheur.analyser(fiche.texte())).toList();
		var resultats = new ArrayList<String>();
		for (double force : new double[] { 0.5, 0.6, 0.7, 0.8, 1.0 }) {
			for (double plancher : new double[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 }) {
				for (double entete : new double[] { 0.25, 0.5, 0.75 }) {
					for (double contexte : new double[] { 0, 0.25, 0.5 }) {
						for (double profil : new double[] { 0.5, 0.75, 1 }) {
							var poids = new EnumMap<RubriqueDeFiche, Double>(Map.of(RubriqueDeFiche.ENTETE, entete, RubriqueDeFiche.CONTEXTE,
									contexte, RubriqueDeFiche.MISSIONS, 1.0, RubriqueDeFiche.PROFIL, profil, RubriqueDeFiche.CONDITIONS, 0.0));
							var reglages = RapprochementSettings.lus().avecForce(force).avecPlancher(plancher).avecPoids(poids);
							var mesures = laisserUnDeCote(apprentissage, rapprocheur, analyses, reglages);
							resultats.add(String.format(Locale.ROOT,
									"F1 fonctions %.4f, missions %.4f, pire fonction %.2f | force=%.1f plancher=%.1f "
											+ "entete=%.2f contexte=%.2f profil=%.2f",
									mesures.fonctions().f1(), mesures.missions().f1(),
									codes.stream()
										.filter(code -> !code.startsWith("M"))
										.mapToDouble(code -> mesures.de(code).f1())
										.min()
										.orElse(0),
									force, plancher, entete, contexte, profil));
						}
					}
				}
			}
		}
		resultats.sort(Comparator.reverseOrder());
		System.out.println(String.join("\n", resultats.subList(0, 40)));
	}

	private Mesures laisserUnDeCote(List<Fiche> fiches, RapprocheurDeVersion rapprocheur, List<CorrespondancesDuTexte> analyses,
			RapprochementSettings reglages) {
		var scores = new double[codes.size()][fiches.size()];
		for (int fiche = 0; fiche < fiches.size(); fiche++) {
			var couvertures = rapprocheur.agreger(analyses.get(fiche), reglages).couvertures();
			for (int rang = 0; rang < codes.size(); rang++) {
				scores[rang][fiche] = couvertures.get(rang).score();
			}
		}
		var trouves = new ArrayList<Set<String>>();
		for (int fiche = 0; fiche < fiches.size(); fiche++) {
			var presents = new TreeSet<String>();
			for (int rang = 0; rang < codes.size(); rang++) {
				var seuil = ApprentissageDesSeuils.seuil(scores[rang], attendus(fiches, codes.get(rang)), fiche);
				if (ApprentissageDesSeuils.present(scores[rang][fiche], seuil)) {
					presents.add(codes.get(rang));
				}
			}
			trouves.add(presents);
		}
		return new Mesures(codes, fiches.stream().map(Fiche::codes).toList(), trouves);
	}

	private Mesures mesures(List<Fiche> fiches) {
		var trouves = fiches.stream()
			.map(fiche -> rapprochements.get(fiche)
				.couvertures()
				.stream()
				.filter(Couverture::present)
				.map(Couverture::code)
				.collect(Collectors.toSet()))
			.toList();
		return new Mesures(codes, fiches.stream().map(Fiche::codes).toList(), trouves);
	}

	private double[] scores(List<Fiche> fiches, int rang) {
		return fiches.stream().mapToDouble(fiche -> rapprochements.get(fiche).couvertures().get(rang).score()).toArray();
	}

	private static boolean[] attendus(List<Fiche> fiches, String code) {
		var attendus = new boolean[fiches.size()];
		for (int fiche = 0; fiche < fiches.size(); fiche++) {
			attendus[fiche] = fiches.get(fiche).codes().contains(code);
		}
		return attendus;
	}

}
