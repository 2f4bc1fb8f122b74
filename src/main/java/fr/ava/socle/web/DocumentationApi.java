package fr.ava.socle.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "API AVA", version = "v1",
		description = "Le référentiel métier de l'accompagnateur·trice de la vie associative locale : versions publiées, "
				+ "éléments par code stable, recherche en français. Les erreurs sont des « problem details » "
				+ "(RFC 9457) dont le champ detail est en français.",
		license = @License(name = "Textes du référentiel : collectif AVA")))
class DocumentationApi {

}
