package fr.ava;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AvaApplication.class);

	@Test
	void respecteLesFrontieresDesModules() {
		modules.verify();
	}

	/** Formation will import catalogues with it: reading a document must not drag job descriptions along. */
	@Test
	void laLectureDesDocumentsNeDependQueDuSocleEtSertAuxFichesDePoste() {
		var document = modules.getModuleByName("document").orElseThrow();
		var fichesDePoste = modules.getModuleByName("fichedeposte").orElseThrow();

		assertThat(document.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
			.containsExactly("socle");
		assertThat(fichesDePoste.getDirectDependencies(modules).contains(document)).isTrue();
	}

	@Test
	void ecritLaDocumentationDesModules() {
		new Documenter(modules).writeDocumentation();
	}

}
