package fr.ava.referentiel.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param fichier the canonical data file of the first published version, loaded on first start
 */
@ConfigurationProperties("ava.referentiel")
record ReferentielSettings(@DefaultValue("classpath:referentiel/referentiel-1.0.yaml") Resource fichier) {
}
