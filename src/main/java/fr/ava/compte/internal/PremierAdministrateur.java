package fr.ava.compte.internal;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.compte.SaisieRefusee;

/**
 * Creates at start-up the administrator named in the configuration, if its address has no account
 * yet. The password comes from the configuration only: the code holds none.
 */
@Component
class PremierAdministrateur implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PremierAdministrateur.class);

	private final Comptes comptes;

	private final RegleDeMotDePasse regle;

	private final ComptesSettings settings;

	private final MessageSource messages;

	PremierAdministrateur(Comptes comptes, RegleDeMotDePasse regle, ComptesSettings settings, MessageSource messages) {
		this.comptes = comptes;
		this.regle = regle;
		this.settings = settings;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		var administrateur = settings.administrateur();
		var email = administrateur.email();
		var motDePasse = administrateur.motDePasse();
		if (email == null || email.isBlank() || motDePasse == null || motDePasse.isBlank()
				|| comptes.parEmail(email).isPresent()) {
			return;
		}
		try {
			regle.verifier(motDePasse, Comptes.normaliser(email), administrateur.nom());
		}
		catch (SaisieRefusee refus) {
			throw new IllegalStateException("Le mot de passe du premier administrateur (ava.comptes.administrateur.mot-de-passe) est refusé : "
					+ refus.message(messages), refus);
		}
		comptes.creerConfirme(email, administrateur.nom(), Optional.of(motDePasse), Set.of(Role.ADMINISTRATEUR));
		log.info("Compte administrateur créé pour {}", Comptes.normaliser(email));
	}

}
