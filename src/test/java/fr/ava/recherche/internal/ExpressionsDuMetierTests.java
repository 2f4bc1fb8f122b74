package fr.ava.recherche.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Referentiels;

@SpringBootTest
class ExpressionsDuMetierTests {

	@Autowired
	Referentiels referentiels;

	private final ExpressionsDuMetier expressions = ExpressionsDuMetier.lues();

	private final AnalyseurDuRapprochement analyse = new AnalyseurDuRapprochement();

	@Test
	void nommeDesElementsDesMissionsEtDesFonctionsDeLaVersionPubliee() {
		var referentiel = referentiels.publiee("1.0");

		assertThat(expressions.toutes().keySet()).allSatisfy(code -> assertThat(referentiel.perimetreDe(Code.of(code)))
			.as("mission ou fonction de " + code)
			.isPresent());
	}

	@Test
	void neContientAucuneExpressionFaiteDeSeulsMotsVides() {
		assertThat(expressions.toutes().values()).allSatisfy(liste -> assertThat(liste)
			.noneMatch(texte -> Expression.lue(texte, analyse).estVide()));
	}

}
