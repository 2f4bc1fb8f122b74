package fr.ava.fichedeposte;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param preparerAuDemarrage whether a job description is exported to DOCX in the background once
 * the application has started, so that the first employer does not wait for POI to load
 */
@ConfigurationProperties("ava.fiches-de-poste")
record FichesDePosteSettings(@DefaultValue("true") boolean preparerAuDemarrage) {
}
