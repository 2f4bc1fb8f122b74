package fr.ava;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AvaApplication.class);

	@Test
	void respecteLesFrontieresDesModules() {
		modules.verify();
	}

	@Test
	void ecritLaDocumentationDesModules() {
		new Documenter(modules).writeDocumentation();
	}

}
