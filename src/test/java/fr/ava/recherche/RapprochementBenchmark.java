package fr.ava.recherche;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.ava.AvaApplication;

/**
 * Speed of the text matcher in the started application (run by {@code bench/rapprochement.sh}): a
 * job description of two pages, the first one in a new JVM (the matcher of the version is built then),
 * and a corpus of 1,000 one-page job descriptions on two threads. The texts are those of the
 * evaluation set: the two longest end to end make two dense pages (1,343 words, 9,700 characters);
 * the 51 (300 words on average) are taken in turn for the corpus.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RapprochementBenchmark {

	static final int FICHES_DU_CORPUS = 1_000;

	static final int FILS = 2;

	private ConfigurableApplicationContext application;

	private RapprochementDeTexte rapprochement;

	private String deuxPages;

	private List<String> corpus;

	@Setup
	public void demarrer() {
		application = new SpringApplicationBuilder(AvaApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:banc", "--ava.export.preparer-au-demarrage=false",
					"--logging.level.root=warn");
		rapprochement = application.getBean(RapprochementDeTexte.class);
		var jeu = JeuDEvaluation.lu();
		var fiches = jeu.fiches().stream().map(JeuDEvaluation.Fiche::texte).toList();
		deuxPages = texte(jeu, "01-") + "\n\n" + texte(jeu, "04-");
		corpus = new ArrayList<>(FICHES_DU_CORPUS);
		for (int rang = 0; rang < FICHES_DU_CORPUS; rang++) {
			corpus.add(fiches.get(rang % fiches.size()));
		}
	}

	private static String texte(JeuDEvaluation jeu, String debutDuNom) {
		return jeu.fiches()
			.stream()
			.filter(fiche -> fiche.fichier().startsWith(debutDuNom))
			.findFirst()
			.orElseThrow()
			.texte();
	}

	@TearDown
	public void arreter() {
		application.close();
	}

	/** The first analysis after a start: the matcher of version 1.0 is built, the code is cold. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Fork(5)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public Rapprochement premiereFicheDeDeuxPagesDansUneJvmNeuve() {
		return rapprochement.rapprocher("1.0", deuxPages);
	}

	/** An analysis of two pages in a running application. */
	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@Fork(1)
	@Warmup(iterations = 5, time = 2)
	@Measurement(iterations = 10, time = 2)
	public Rapprochement ficheDeDeuxPages() {
		return rapprochement.rapprocher("1.0", deuxPages);
	}

	/** 1,000 one-page job descriptions, two at a time. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Fork(1)
	@Warmup(iterations = 3)
	@Measurement(iterations = 5)
	public int corpusDeMilleFichesSurDeuxFils() throws InterruptedException, ExecutionException {
		var fils = Executors.newFixedThreadPool(FILS);
		try {
			var taches = new ArrayList<Callable<Rapprochement>>();
			corpus.forEach(texte -> taches.add(() -> rapprochement.rapprocher("1.0", texte)));
			int phrases = 0;
			for (var resultat : fils.invokeAll(taches)) {
				phrases += resultat.get().phrases().size();
			}
			return phrases;
		}
		finally {
			fils.shutdown();
		}
	}

}
