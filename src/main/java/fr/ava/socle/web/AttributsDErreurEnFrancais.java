package fr.ava.socle.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The errors Spring Boot answers itself when the client does not ask for HTML (an unknown address, a
 * refused method, an upload over the limits, read by curl or a script) name their status in French,
 * with the titles of the API's problem details.
 */
@Component
class AttributsDErreurEnFrancais extends DefaultErrorAttributes {

	private final MessageSource messages;

	AttributsDErreurEnFrancais(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest requete, ErrorAttributeOptions options) {
		var attributs = super.getErrorAttributes(requete, options);
		if (attributs.get("status") instanceof Integer statut) {
			attributs.put("error", ProblemesEnFrancais.titre(messages, statut, String.valueOf(attributs.get("error"))));
		}
		return attributs;
	}

}
