package fr.ava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Chromium driven through the Debian chromedriver (never downloaded by Selenium
 * Manager), with a fresh profile, and axe-core to check each page against WCAG 2.1 A and AA.
 * What the browser downloads lands, without asking, in a folder of that profile.
 */
public final class Navigateur implements AutoCloseable {

	private static final Dimension ECRAN = new Dimension(1280, 900);

	/** Generous: the CI machine runs the whole build on two cores while the browser waits. */
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** The page's width and its window's, and the first elements that reach beyond the window, to fix them. */
	private static final String LARGEUR = """
			const fenetre = window.innerWidth;
			const largeur = arguments[0] || fenetre;
			const depassent = [...document.body.querySelectorAll('*')]
				.filter(e => e.getBoundingClientRect().right > largeur + 0.5)
				.slice(0, 5)
				.map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
					+ ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
			return {contenu: document.documentElement.scrollWidth, fenetre: fenetre, depassent: depassent};
			""";

	private final Path profil;

	/** The phone's screen emulated, if any. */
	private @Nullable Dimension telephone;

	private final Path telechargements;

	private final ChromeDriver pilote;

	private final WebDriverWait attente;

	private final String adresse;

	/** A browser for the AVA listening on that port of this machine. */
	public Navigateur(int port) {
		this.adresse = "http://localhost:" + port;
		try {
			this.profil = Files.createTempDirectory("ava-chromium-");
			this.telechargements = Files.createDirectory(this.profil.resolve("telechargements"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var options = new ChromeOptions();
		options.setBinary(Prerequis.CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + this.profil,
				"--window-size=" + ECRAN.getWidth() + "," + ECRAN.getHeight());
		// A PDF is saved as a file, as a person's browser would, rather than shown in the built-in viewer
		options.setExperimentalOption("prefs", Map.of("download.default_directory", this.telechargements.toString(),
				"download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(Prerequis.CHROMEDRIVER))
			.build();
		this.pilote = new ChromeDriver(service, options);
		this.pilote.manage().window().setSize(ECRAN);
		// axe-core runs as an asynchronous script: a long page on a loaded machine needs more than 30 s
		this.pilote.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
		// Whatever the browser answers while a page is being replaced ("stale element", or "node does not
		// belong to the document" from chromedriver) is asked again until the wait's end
		this.attente = new WebDriverWait(this.pilote, PATIENCE);
		this.attente.ignoring(WebDriverException.class);
	}

	public ChromeDriver pilote() {
		return this.pilote;
	}

	public WebDriverWait attente() {
		return this.attente;
	}

	/** The full address of a path of the AVA under test. */
	public String adresse(String chemin) {
		return this.adresse + chemin;
	}

	public void ouvre(String chemin) {
		this.pilote.get(adresse(chemin));
		verifieLaLargeur();
	}

	public void attendsLAdresse(String chemin) {
		this.attente.until(ExpectedConditions.urlToBe(adresse(chemin)));
		verifieLaLargeur();
	}

	/**
	 * Checks that the page, once loaded, does not scroll sideways: what it shows fits the window's
	 * width, on a computer as on a phone ({@link #emuleUnTelephone}). Every way of reaching a page
	 * here calls it.
	 */
	public void verifieLaLargeur() {
		this.attente.until(page -> "complete".equals(this.pilote.executeScript("return document.readyState")));
		@SuppressWarnings("unchecked")
		var mesures = (Map<String, Object>) this.pilote.executeScript(LARGEUR,
				this.telephone == null ? 0 : this.telephone.getWidth());
		if (this.telephone != null) {
			// A phone widens its layout viewport (zooms out) to fit content that is too wide: that is the overflow
			assertThat((Long) mesures.get("fenetre"))
				.as("%s est trop large pour un téléphone ; dépassent : %s", this.pilote.getCurrentUrl(), mesures.get("depassent"))
				.isEqualTo((long) this.telephone.getWidth());
		}
		assertThat((Long) mesures.get("contenu"))
			.as("%s défile de côté : %s px de contenu pour une fenêtre de %s px ; dépassent : %s", this.pilote.getCurrentUrl(),
					mesures.get("contenu"), mesures.get("fenetre"), mesures.get("depassent"))
			.isLessThanOrEqualTo((Long) mesures.get("fenetre"));
	}

	/** Brings the element into view first, as a person scrolls to it. */
	public void clique(WebElement element) {
		new Actions(this.pilote).scrollToElement(element).perform();
		element.click();
	}

	public WebElement bouton(String texte) {
		return this.pilote.findElement(By.xpath("//main//button[normalize-space()=\"" + texte + "\"]"));
	}

	/** The field of the page's main content that this label names. */
	public WebElement champ(String libelle) {
		var etiquette = this.pilote.findElement(By.xpath("//main//label[normalize-space()=\"" + libelle + "\"]"));
		return this.pilote.findElement(By.id(etiquette.getDomAttribute("for")));
	}

	public void saisit(String libelle, String valeur) {
		var champ = champ(libelle);
		champ.clear();
		champ.sendKeys(valeur);
	}

	/** Fills the login form shown and sends it; the caller waits for where it leads. */
	public void remplitLaConnexion(String email, String motDePasse) {
		saisit("Adresse électronique", email);
		saisit("Mot de passe", motDePasse);
		clique(bouton("Se connecter"));
	}

	/** Waits for the page whose main heading is this one, after a form sent or a link followed. */
	public void attendsLeTitre(String titre) {
		this.attente.until(ExpectedConditions.textToBe(By.tagName("h1"), titre));
		verifieLaLargeur();
	}

	public String titre() {
		return this.pilote.findElement(By.tagName("h1")).getText();
	}

	public String texte(String selecteur) {
		return this.pilote.findElement(By.cssSelector(selecteur)).getText();
	}

	/** Waits for a text in an element that htmx or a redirect may replace meanwhile. */
	public void attendsLeTexte(String selecteur, String attendu) {
		this.attente.until(page -> texte(selecteur).contains(attendu));
	}

	/**
	 * Waits until the browser has downloaded the file of that name and gives its path. Chromium writes
	 * to a temporary {@code .crdownload} file and gives it its name once it is complete.
	 */
	public Path telechargement(String nom) {
		var fichier = this.telechargements.resolve(nom);
		new WebDriverWait(this.pilote, PATIENCE)
			.withMessage(() -> "téléchargement de " + nom + " attendu dans " + this.telechargements)
			.until(pilote -> Files.isRegularFile(fichier));
		return fichier;
	}

	/**
	 * Clicks a link or a form's button and waits until the browser has left the page, so that what the
	 * test reads or does next comes after the server's answer, even when it keeps the same address.
	 */
	public void changeDePagePar(WebElement element) {
		// A mark on the window, which vanishes with its document, rather than a reference to the old <html>
		this.pilote.executeScript("window.pageQuitteeParAva = true");
		clique(element);
		new WebDriverWait(this.pilote, PATIENCE).ignoring(WebDriverException.class)
			.withMessage(() -> "la page " + this.pilote.getCurrentUrl() + " n'a pas été remplacée après le clic")
			.until(pilote -> (Boolean) this.pilote
				.executeScript("return window.pageQuitteeParAva === undefined && document.readyState === 'complete'"));
		verifieLaLargeur();
	}

	/** Runs axe-core on the current page and fails with the list of WCAG 2.1 A/AA violations. */
	public void verifieLAccessibilite() {
		verifieLaLargeur();
		var resultats = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.pilote);
		assertThat(resultats.isErrored()).as("axe-core a échoué sur %s : %s", this.pilote.getCurrentUrl(),
				resultats.getErrorMessage())
			.isFalse();
		assertThat(resultats.getViolations())
			.withFailMessage(() -> "Violations WCAG 2.1 A/AA sur " + this.pilote.getCurrentUrl() + " :\n"
					+ decrire(resultats.getViolations()))
			.isEmpty();
	}

	private static String decrire(List<Rule> violations) {
		return violations.stream()
			.map(regle -> "- " + regle.getId() + " (" + regle.getImpact() + ") : " + regle.getHelp() + "\n"
					+ regle.getNodes().stream().map(Navigateur::cible).collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

	private static String cible(CheckedNode noeud) {
		return "    " + noeud.getTarget() + " : " + noeud.getHtml();
	}

	/** A phone's screen, the narrowest AVA is laid out for. */
	public static final Dimension TELEPHONE = new Dimension(375, 812);

	/** Renders pages as a phone does: narrow viewport, overlay scrollbars, meta viewport honoured. */
	public void emuleUnTelephone(Dimension ecran) {
		this.pilote.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", ecran.getWidth(),
				"height", ecran.getHeight(), "deviceScaleFactor", 1, "mobile", true));
		this.telephone = ecran;
	}

	public void retrouveLEcranDOrdinateur() {
		this.pilote.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.telephone = null;
	}

	/** Saves the whole page, beyond the viewport, as a PNG file. */
	public void captureLaPage(Path fichier) {
		@SuppressWarnings("unchecked")
		var mesures = (Map<String, Object>) this.pilote.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		var contenu = (Map<String, Object>) mesures.get("cssContentSize");
		var zone = Map.of("x", 0, "y", 0, "width", contenu.get("width"), "height", contenu.get("height"), "scale",
				1);
		var capture = this.pilote.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", zone));
		try {
			Files.createDirectories(fichier.getParent());
			Files.write(fichier, Base64.getDecoder().decode((String) capture.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.pilote.quit();
		}
		finally {
			try (Stream<Path> fichiers = Files.walk(this.profil)) {
				fichiers.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// A profile left in the temporary directory is harmless
			}
		}
	}

}
