package fr.ava.referentiel.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Version;

/** A version as listed by the API, with its addresses. */
record VersionJson(String numero, String statut, @Nullable Instant publieeLe, String page, String api) {

	static VersionJson de(Version version, Permaliens permaliens) {
		return new VersionJson(version.numero().toString(), version.statut().name(), version.publieeLe(),
				permaliens.version(version.numero()), permaliens.api(version.numero()));
	}

}
