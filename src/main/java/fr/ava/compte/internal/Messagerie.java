package fr.ava.compte.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import fr.ava.compte.TropDeCourriels;
import fr.ava.socle.AdressePublique;

/**
 * The mail AVA sends about accounts, in French, through the configured SMTP server. Without one
 * (a developer's machine), the message is written in the log instead, link included. A mail says
 * only what AVA wrote: no text typed by someone (a display name) that could pass for AVA's words.
 * Each address gets a few mails an hour at most ({@link QuotaDeCourriels}).
 */
@Component
public class Messagerie {

	private static final Logger log = LoggerFactory.getLogger(Messagerie.class);

	private static final String SIGNATURE = "\n\n-- \nAVA, le référentiel métier de l'accompagnateur·trice de la vie associative locale\n";

	private final ObjectProvider<JavaMailSender> serveur;

	private final AdressePublique adresse;

	private final ComptesSettings settings;

	private final QuotaDeCourriels quota;

	Messagerie(ObjectProvider<JavaMailSender> serveur, AdressePublique adresse, ComptesSettings settings,
			QuotaDeCourriels quota) {
		this.serveur = serveur;
		this.adresse = adresse;
		this.settings = settings;
		this.quota = quota;
	}

	public void confirmerInscription(String email, String jeton) {
		envoyerALaDemande(email, "Confirmez votre adresse pour AVA", "Bonjour,\n\n"
				+ "Pour activer votre compte AVA, ouvrez ce lien dans les 48 heures :\n"
				+ adresse.de("/inscription/confirmation?jeton=" + jeton) + "\n\n"
				+ "Si vous n'avez pas demandé de compte, ignorez ce message : rien ne sera activé.");
	}

	public void signalerInscriptionEnDouble(String email) {
		envoyerALaDemande(email, "Une inscription à AVA avec votre adresse", "Bonjour,\n\n"
				+ "Quelqu'un a demandé un compte AVA avec votre adresse, qui en a déjà un.\n"
				+ "Si c'était vous et que vous avez oublié votre mot de passe, choisissez-en un nouveau :\n"
				+ adresse.de("/mot-de-passe-oublie") + "\n\nSinon, ignorez ce message : votre compte n'a pas changé.");
	}

	public void reinitialiserMotDePasse(String email, String jeton) {
		envoyerALaDemande(email, "Choisir un nouveau mot de passe AVA", "Bonjour,\n\n"
				+ "Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :\n"
				+ adresse.de("/mot-de-passe-oublie/nouveau?jeton=" + jeton) + "\n\n"
				+ "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe n'a pas changé.");
	}

	public void confirmerChangementEmail(String nouvelEmail, String jeton) {
		envoyerALaDemande(nouvelEmail, "Confirmez votre nouvelle adresse pour AVA", "Bonjour,\n\n"
				+ "Pour que votre compte AVA utilise désormais cette adresse, ouvrez ce lien dans les 48 heures :\n"
				+ adresse.de("/mon-compte/email?jeton=" + jeton) + "\n\n"
				+ "Si vous n'avez rien demandé, ignorez ce message.");
	}

	/**
	 * To a structure's managers, or to the administrators for a structure without manager. No name of
	 * the structure, nor anything else that someone typed: the link leads to the request.
	 */
	public void signalerDemande(String email, boolean sansResponsable, String chemin) {
		var laquelle = sansResponsable ? "une structure sans responsable" : "une structure dont vous êtes responsable";
		envoyer(email, "Une demande pour rejoindre une structure dans AVA", "Bonjour,\n\n"
				+ "Une demande pour rejoindre " + laquelle + " attend votre réponse :\n" + adresse.de(chemin) + "\n\n"
				+ "Tant que vous ne l'avez pas approuvée, cette personne ne voit rien de ce qui est partagé avec la structure.");
	}

	/**
	 * To a member who shares with a structure that has a new manager: where to stop sharing. No name of
	 * the structure (typed by whoever created it): the links lead to the shared self-assessments.
	 */
	public void signalerNouveauResponsable(String email, List<String> chemins) {
		var liens = new StringBuilder();
		chemins.forEach(chemin -> liens.append(adresse.de(chemin)).append('\n'));
		envoyer(email, "Un nouveau responsable dans une de vos structures AVA", "Bonjour,\n\n"
				+ "Une nouvelle personne responsable d'une de vos structures peut désormais lire ce que vous partagez avec "
				+ "cette structure. Pour ne plus le partager, ouvrez votre positionnement et choisissez « Ne plus partager » :\n"
				+ liens + "\nSi vous le laissez partagé, vous n'avez rien à faire.");
	}

	/**
	 * Counts a mail asked for an address that gets none (it has no account), as if it were sent: the
	 * answers then run out after as many requests whether the address has an account or not.
	 *
	 * @throws TropDeCourriels when this address has had its mails of the hour
	 */
	public void compterSansEnvoyer(String email) {
		if (!quota.prendre(email)) {
			throw new TropDeCourriels();
		}
	}

	/**
	 * A mail a person asks for, at an address they typed (sign-up, reset, new address): refused with
	 * a French message once the address has had its mails of the hour.
	 */
	private void envoyerALaDemande(String destinataire, String sujet, String texte) {
		compterSansEnvoyer(destinataire);
		expedier(destinataire, sujet, texte);
	}

	/**
	 * A mail AVA sends of its own accord (a notice to someone else than the person acting): beyond the
	 * mails of the hour it is not sent, and what caused it goes on.
	 */
	private void envoyer(String destinataire, String sujet, String texte) {
		if (!quota.prendre(destinataire)) {
			log.warn("Courriels de l'heure épuisés pour un destinataire : « {} » non envoyé", sujet);
			return;
		}
		expedier(destinataire, sujet, texte);
	}

	private void expedier(String destinataire, String sujet, String texte) {
		var message = new SimpleMailMessage();
		message.setFrom(settings.expediteur());
		message.setTo(destinataire);
		message.setSubject(sujet);
		message.setText(texte + SIGNATURE);
		var envoi = serveur.getIfAvailable();
		if (envoi == null) {
			log.info("Aucun serveur SMTP configuré (spring.mail.host) : courriel non envoyé à {}\n{}\n{}", destinataire,
					sujet, message.getText());
			return;
		}
		envoi.send(message);
	}

}
