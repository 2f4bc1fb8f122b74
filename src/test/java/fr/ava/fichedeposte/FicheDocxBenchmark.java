package fr.ava.fichedeposte;

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
import fr.ava.referentiel.Referentiels;

/**
 * The DOCX export of the largest job description there can be (every mission and function,
 * activity, competency and value, 20 own lines of each kind), checks included, in the started
 * application (run by {@code bench/fiche-docx.sh}): the first one in a new JVM, the first one once
 * the application has prepared the export as it does at start, and the later ones.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FicheDocxBenchmark {

	/** The application started without any export done yet. */
	@State(Scope.Benchmark)
	public static class Application {

		ConfigurableApplicationContext application;

		DocumentsDeFiche documents;

		FicheDePoste fiche;

		@Setup
		public void demarrer() {
			application = new SpringApplicationBuilder(AvaApplication.class).web(WebApplicationType.NONE)
				.run("--spring.datasource.url=jdbc:h2:mem:banc", "--ava.export.preparer-au-demarrage=false",
						"--ava.fiches-de-poste.preparer-au-demarrage=false", "--logging.level.root=warn");
			documents = application.getBean(DocumentsDeFiche.class);
			fiche = FichesDExemple.toutLeReferentiel(application.getBean(Referentiels.class).dernierePubliee());
		}

		@TearDown
		public void arreter() {
			application.close();
		}

	}

	/** The same, once the small export the application makes at start is done. */
	@State(Scope.Benchmark)
	public static class ApplicationPreparee extends Application {

		@Setup
		public void preparer() {
			application.getBean(PreparationDuDocx.class).exporterUneFiche();
		}

	}

	/** One export per new JVM: POI's classes loaded and run interpreted. */
	@Benchmark
	@Fork(5)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public byte[] premiereGenerationDansUneJvmNeuve(Application application) {
		return application.documents.docx(application.fiche).octets();
	}

	/** The first export an employer asks for, after the preparation at start. */
	@Benchmark
	@Fork(5)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public byte[] premiereGenerationApresLaPreparation(ApplicationPreparee application) {
		return application.documents.docx(application.fiche).octets();
	}

	/** An export in a JVM that has already produced some, as on a running server. */
	@Benchmark
	@Fork(1)
	@Warmup(iterations = 20)
	@Measurement(iterations = 50)
	public byte[] generation(Application application) {
		return application.documents.docx(application.fiche).octets();
	}

}
