package fr.ava.compte.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The privacy policy: what AVA stores about people, why, and for how long. */
@Controller
class ConfidentialiteController {

	@GetMapping("/confidentialite")
	String confidentialite() {
		return "compte/confidentialite";
	}

}
