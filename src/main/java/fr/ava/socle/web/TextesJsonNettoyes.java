package fr.ava.socle.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.JacksonComponent;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every text of a JSON body is cleaned by the {@link FormeDeSaisie} of its property's name, as the
 * fields of a form are; a text outside any property is one line.
 */
@JacksonComponent
class TextesJsonNettoyes extends StringDeserializer {

	private final FormeDeSaisie forme;

	TextesJsonNettoyes() {
		this(FormeDeSaisie.UNE_LIGNE);
	}

	private TextesJsonNettoyes(FormeDeSaisie forme) {
		this.forme = forme;
	}

	@Override
	public ValueDeserializer<?> createContextual(DeserializationContext contexte, @Nullable BeanProperty propriete) {
		return propriete == null ? this : new TextesJsonNettoyes(FormeDeSaisie.duChamp(propriete.getName()));
	}

	@Override
	public @Nullable String deserialize(JsonParser lecteur, DeserializationContext contexte) {
		var texte = super.deserialize(lecteur, contexte);
		return texte == null ? null : forme.nettoyer(texte);
	}

}
