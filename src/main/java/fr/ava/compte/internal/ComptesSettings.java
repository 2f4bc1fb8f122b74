package fr.ava.compte.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param expediteur the sender of AVA's mail
 * @param administrateur the first administrator, created at start-up when both its email and its
 * password are given (for example by {@code AVA_COMPTES_ADMINISTRATEUR_EMAIL} and
 * {@code AVA_COMPTES_ADMINISTRATEUR_MOT_DE_PASSE}); there is no default password
 * @param courrielsParHeure how many mails one address receives in an hour at most
 * ({@code AVA_COMPTES_COURRIELS_PAR_HEURE})
 */
@ConfigurationProperties("ava.comptes")
record ComptesSettings(@DefaultValue("AVA <ne-pas-repondre@ava.invalid>") String expediteur,
		@DefaultValue Administrateur administrateur, @DefaultValue("5") int courrielsParHeure) {

	record Administrateur(@Nullable String email, @Nullable String motDePasse, @DefaultValue("Administrateur·trice") String nom) {
	}

}
