package fr.ava.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param preparerAuDemarrage whether the files of the published versions are produced in the
 * background once the application has started, so that nobody waits for the first one
 */
@ConfigurationProperties("ava.export")
record ExportSettings(@DefaultValue("true") boolean preparerAuDemarrage) {
}
