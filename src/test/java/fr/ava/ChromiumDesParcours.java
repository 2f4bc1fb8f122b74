package fr.ava;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The Chromium of a browser journey: started once for the test class, pointed at the application
 * Spring started on its random port, closed after the class. Registered in each journey class by
 * {@code @RegisterExtension static final ChromiumDesParcours chromium = new ChromiumDesParcours();}.
 */
public final class ChromiumDesParcours implements BeforeAllCallback, AfterAllCallback {

	private @Nullable Navigateur navigateur;

	@Override
	public void beforeAll(ExtensionContext contexte) {
		var port = SpringExtension.getApplicationContext(contexte)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		navigateur = new Navigateur(port);
	}

	@Override
	public void afterAll(ExtensionContext contexte) {
		if (navigateur != null) {
			navigateur.close();
		}
	}

	public Navigateur navigateur() {
		if (navigateur == null) {
			throw new IllegalStateException("Chromium n'est démarré qu'après @BeforeAll de la classe de parcours");
		}
		return navigateur;
	}

	public ChromeDriver pilote() {
		return navigateur().pilote();
	}

}
