package fr.ava.export.web;

import java.util.Arrays;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.ava.export.Exports;
import fr.ava.export.Format;
import fr.ava.referentiel.Referentiels;

/** The page that lists the files of a version, with their size and who uses them. */
@Controller
class TelechargementController {

	private static final String PAGE_TELECHARGER = "export/telecharger";

	private final Referentiels referentiels;

	private final Exports exports;

	TelechargementController(Referentiels referentiels, Exports exports) {
		this.referentiels = referentiels;
		this.exports = exports;
	}

	@GetMapping("/referentiel/{version:\\d+\\.\\d+}/telecharger")
	String telecharger(@PathVariable String version, Model model) {
		var referentiel = referentiels.publiee(version);
		model.addAttribute("referentiel", referentiel);
		model.addAttribute("fichiers", Arrays.stream(Format.values())
			.map(format -> new Fichier(format, exports.exporter(referentiel, format).length))
			.toList());
		return PAGE_TELECHARGER;
	}

	record Fichier(Format format, int octets) {

		public String taille() {
			return octets < 1024 ? octets + " octets" : Math.round(octets / 1024.0) + " Ko";
		}

	}

}
