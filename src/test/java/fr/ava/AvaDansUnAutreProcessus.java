package fr.ava;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AVA started as a separate Java process, as {@code ./mvnw spring-boot:run} or {@code java -jar} would
 * start it, in a working directory of its own: the embedded database lands in its {@code ./data},
 * exactly as configured in {@code application.properties}. It can be killed without warning (SIGKILL).
 */
public final class AvaDansUnAutreProcessus implements AutoCloseable {

	private static final Duration DEMARRAGE_MAX = Duration.ofMinutes(3);

	private final Process processus;

	private final Path journal;

	private final String adresse;

	private AvaDansUnAutreProcessus(Process processus, Path journal, String adresse) {
		this.processus = processus;
		this.journal = journal;
		this.adresse = adresse;
	}

	/** Starts AVA in {@code dossier} with these arguments and environment, and waits until it answers. */
	public static AvaDansUnAutreProcessus demarrer(Path dossier, List<String> arguments, Map<String, String> environnement)
			throws IOException, InterruptedException {
		var port = portLibre();
		var commande = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-cp", classpathDeLAppli(), AvaApplication.class.getName(),
				"--server.port=" + port, "--server.address=127.0.0.1", "--ava.export.preparer-au-demarrage=false"));
		commande.addAll(arguments);
		var journal = Files.createTempFile(dossier.getParent(), "ava-", ".log");
		var lanceur = new ProcessBuilder(commande).directory(dossier.toFile())
			.redirectErrorStream(true)
			.redirectOutput(journal.toFile());
		lanceur.environment().putAll(environnement);
		var ava = new AvaDansUnAutreProcessus(lanceur.start(), journal, "http://127.0.0.1:" + port);
		ava.attendreQuIlReponde();
		return ava;
	}

	public String adresse() {
		return adresse;
	}

	/** Kills the process at once, as a crash or {@code kill -9} would: nothing runs on the way out. */
	public void tuerBrutalement() throws InterruptedException {
		processus.destroyForcibly();
		processus.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (processus.isAlive()) {
			tuerBrutalement();
		}
	}

	private void attendreQuIlReponde() throws IOException, InterruptedException {
		var client = HttpClient.newHttpClient();
		var limite = Instant.now().plus(DEMARRAGE_MAX);
		while (Instant.now().isBefore(limite)) {
			if (!processus.isAlive()) {
				throw new IllegalStateException("AVA s'est arrêtée au démarrage :\n" + fin(Files.readString(journal)));
			}
			try {
				var reponse = client.send(HttpRequest.newBuilder(URI.create(adresse + "/")).timeout(Duration.ofSeconds(5)).build(),
						BodyHandlers.discarding());
				if (reponse.statusCode() == 200) {
					return;
				}
			}
			catch (IOException pasEncore) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("AVA ne répond pas après " + DEMARRAGE_MAX + " :\n" + fin(Files.readString(journal)));
	}

	private static String fin(String texte) {
		return texte.length() > 4000 ? texte.substring(texte.length() - 4000) : texte;
	}

	/** The application's classes and runtime libraries, as Maven wrote them: none of the tests' settings. */
	private static String classpathDeLAppli() throws IOException {
		var cible = Path.of("target").toAbsolutePath();
		return cible.resolve("classes") + File.pathSeparator
				+ Files.readString(cible.resolve("classpath-de-l-appli.txt")).strip();
	}

	private static int portLibre() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
