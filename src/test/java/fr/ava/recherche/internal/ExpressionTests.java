package fr.ava.recherche.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionTests {

	private final AnalyseurDuRapprochement analyse = new AnalyseurDuRapprochement();

	@Test
	void trouveLesMotsDansLOrdreAvecQuelquesMotsEntreEux() {
		var expression = Expression.lue("dossier de subvention", analyse);

		assertThat(trouvee(expression, "Instruire les dossiers de demande de subventions.")).isTrue();
		assertThat(trouvee(expression, "La subvention du dossier.")).isFalse();
		assertThat(trouvee(expression, "Un dossier sur les projets, les budgets et la subvention.")).isFalse();
	}

	@Test
	void neTraversePasLaPonctuation() {
		var expression = Expression.lue("accueil des associations", analyse);

		assertThat(trouvee(expression, "Accueil des associations le mardi.")).isTrue();
		assertThat(trouvee(expression, "Domaines : accueil, associations, bénévolat.")).isFalse();
	}

	@Test
	void chercheLesPartiesNImporteOuDansLaPhrase() {
		var expression = Expression.lue("groupes de travail + élus", analyse);

		assertThat(trouvee(expression, "Animer, avec les élus et les services, des groupes de travail.")).isTrue();
		assertThat(trouvee(expression, "Animer des groupes de travail thématiques.")).isFalse();
	}

	@Test
	void litLesSynonymesEtLesVerbesALaDeuxiemePersonne() {
		var expression = Expression.lue("organiser des réunions d'information", analyse);

		assertThat(trouvee(expression, "Vous organisez des réunions d'information collectives.")).isTrue();
		assertThat(trouvee(Expression.lue("newsletter", analyse), "Rédiger la lettre d'information mensuelle."))
			.isTrue();
		assertThat(trouvee(Expression.lue("animer des formations", analyse), "De nouvelles formes d'animation."))
			.isFalse();
	}

	private boolean trouvee(Expression expression, String phrase) {
		return expression.trouveeDans(new MotsDeLaPhrase(analyse.mots(phrase)));
	}

}
