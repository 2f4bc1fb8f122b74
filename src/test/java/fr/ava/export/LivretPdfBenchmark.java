package fr.ava.export;

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
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;

/**
 * Generation of the PDF booklet without its cache, in the started application (run by
 * {@code bench/livret-pdf.sh}): the very first one in a new JVM, and the later ones.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LivretPdfBenchmark {

	private ConfigurableApplicationContext application;

	private ExportPdf export;

	private Referentiel referentiel;

	@Setup
	public void demarrer() {
		application = new SpringApplicationBuilder(AvaApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:banc", "--ava.export.preparer-au-demarrage=false",
					"--logging.level.root=warn");
		export = application.getBean(ExportPdf.class);
		referentiel = application.getBean(Referentiels.class).dernierePubliee();
	}

	@TearDown
	public void arreter() {
		application.close();
	}

	/** One generation per new JVM: the cost of the first booklet after a start. */
	@Benchmark
	@Fork(5)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public byte[] premiereGenerationDansUneJvmNeuve() {
		return export.exporter(referentiel);
	}

	/** A generation in a JVM that has already produced some: a version not yet in the cache. */
	@Benchmark
	@Fork(1)
	@Warmup(iterations = 10)
	@Measurement(iterations = 20)
	public byte[] generationHorsCache() {
		return export.exporter(referentiel);
	}

}
