package fr.ava.compte;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.compte.internal.JdbcComptes;
import fr.ava.compte.internal.Jetons;
import fr.ava.compte.internal.Jetons.Usage;
import fr.ava.compte.internal.Messagerie;
import fr.ava.compte.internal.RegleDeMotDePasse;
import fr.ava.compte.internal.SessionsDesComptes;

/**
 * The life of accounts: sign-up confirmed by mail, password reset, changes, roles, deletion. Answers
 * never tell whether an address has an account.
 */
@Service
public class Comptes {

	private final JdbcComptes comptes;

	private final Jetons jetons;

	private final Messagerie messagerie;

	private final PasswordEncoder encodeur;

	private final RegleDeMotDePasse regle;

	private final SessionsDesComptes sessions;

	private final Clock horloge;

	Comptes(JdbcComptes comptes, Jetons jetons, Messagerie messagerie, PasswordEncoder encodeur,
			RegleDeMotDePasse regle, SessionsDesComptes sessions, Clock horloge) {
		this.comptes = comptes;
		this.jetons = jetons;
		this.messagerie = messagerie;
		this.encodeur = encodeur;
		this.regle = regle;
		this.sessions = sessions;
		this.horloge = horloge;
	}

	/** Now, at the database's precision, so that an account created equals the one read back. */
	private Instant maintenant() {
		return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
	}

	/** The form in which addresses are stored and compared. */
	public static String normaliser(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Creates an unconfirmed account and mails the confirmation link. For an address that already
	 * has an account, its owner is told by mail instead, and the answer is the same, also when the
	 * address has had its mails of the hour ({@link TropDeCourriels}).
	 */
	@Transactional
	public void inscrire(String email, String nomAffiche, String motDePasse) {
		var adresse = normaliser(email);
		var nom = NomAffiche.verifier(nomAffiche);
		regle.verifier(motDePasse, adresse, nom);
		if (comptes.parEmail(adresse).isPresent()) {
			messagerie.signalerInscriptionEnDouble(adresse);
			return;
		}
		var compte = new Compte(UUID.randomUUID(), adresse, nom, false, true, maintenant(),
				EnumSet.of(Role.ACCOMPAGNATEUR));
		comptes.ajouter(compte, encodeur.encode(motDePasse));
		messagerie.confirmerInscription(adresse, jetons.creer(compte.id(), Usage.CONFIRMATION, null));
	}

	/**
	 * Creates a confirmed account with the given roles (first administrator, identity provider). The
	 * name keeps the rule of {@link NomAffiche}: a name from elsewhere goes through
	 * {@link NomAffiche#ouAutre} first.
	 */
	@Transactional
	public Compte creerConfirme(String email, String nomAffiche, Optional<String> motDePasse, Set<Role> roles) {
		var tous = EnumSet.of(Role.ACCOMPAGNATEUR);
		tous.addAll(roles);
		var compte = new Compte(UUID.randomUUID(), normaliser(email), NomAffiche.verifier(nomAffiche), true, motDePasse.isPresent(),
				maintenant(), tous);
		comptes.ajouter(compte, motDePasse.map(encodeur::encode).orElse(null));
		return compte;
	}

	/**
	 * The address is proven by an identity provider: the account is confirmed, and the password
	 * chosen at sign-up, never proven, is dropped.
	 */
	@Transactional
	public Compte confirmerParUnFournisseur(UUID id) {
		comptes.confirmerEmail(id);
		comptes.effacerMotDePasse(id);
		return compte(id);
	}

	@Transactional
	public Compte confirmerInscription(String jeton) {
		var utilisation = jetons.utiliser(jeton, Usage.CONFIRMATION).orElseThrow(LienInvalide::new);
		comptes.confirmerEmail(utilisation.compteId());
		return compte(utilisation.compteId());
	}

	/**
	 * Mails a link to choose a new password, if the address has an account; the answer is the same,
	 * also once the address has had its mails of the hour: a request for an address without an account
	 * counts as a mail sent.
	 */
	@Transactional
	public void demanderReinitialisation(String email) {
		var adresse = normaliser(email);
		comptes.parEmail(adresse)
			.ifPresentOrElse(compte -> messagerie.reinitialiserMotDePasse(compte.email(),
					jetons.creer(compte.id(), Usage.REINITIALISATION, null)), () -> messagerie.compterSansEnvoyer(adresse));
	}

	public boolean lienDeReinitialisationValide(String jeton) {
		return jetons.estValide(jeton, Usage.REINITIALISATION);
	}

	/** Sets the new password of a reset link; the address is thereby confirmed, other sessions end. */
	@Transactional
	public void reinitialiser(String jeton, String motDePasse) {
		var utilisation = jetons.utiliser(jeton, Usage.REINITIALISATION).orElseThrow(LienInvalide::new);
		var compte = compte(utilisation.compteId());
		regle.verifier(motDePasse, compte.email(), compte.nomAffiche());
		comptes.changerMotDePasse(compte.id(), encodeur.encode(motDePasse));
		comptes.confirmerEmail(compte.id());
		sessions.fermerToutes(compte.id());
	}

	public Optional<Compte> parId(UUID id) {
		return comptes.parId(id);
	}

	public Optional<Compte> parEmail(String email) {
		return comptes.parEmail(normaliser(email));
	}

	/** The account, or a 404. */
	public Compte compte(UUID id) {
		return comptes.parId(id).orElseThrow(() -> new CompteIntrouvable());
	}

	/** The page of that number (kept within the pages there are) of the accounts matching the text. */
	@Transactional(readOnly = true)
	public PageDeComptes chercher(String recherche, int numero) {
		var texte = recherche.strip();
		var total = comptes.compter(texte);
		var pages = Math.max(1, (total + PageDeComptes.TAILLE - 1) / PageDeComptes.TAILLE);
		var page = Math.min(Math.max(numero, 1), pages);
		return new PageDeComptes(comptes.chercher(texte, (page - 1) * PageDeComptes.TAILLE, PageDeComptes.TAILLE), texte,
				page, pages, total);
	}

	/** The new name is written before the sessions forget the old one, so that none reads it again. */
	public void renommer(UUID id, String nomAffiche) {
		comptes.renommer(compte(id).id(), NomAffiche.verifier(nomAffiche));
		sessions.oublierLeNomAffiche(id);
	}

	/** Changes the password after checking the current one; the account's other sessions end. */
	@Transactional
	public void changerMotDePasse(UUID id, String actuel, String nouveau, @Nullable String sessionCourante) {
		var compte = compte(id);
		verifierMotDePasse(id, actuel);
		regle.verifier(nouveau, compte.email(), compte.nomAffiche());
		comptes.changerMotDePasse(id, encodeur.encode(nouveau));
		sessions.fermerToutesSauf(id, sessionCourante);
	}

	/** Mails a confirmation link to the new address; the account keeps the old one until it is used. */
	@Transactional
	public void demanderChangementEmail(UUID id, String motDePasse, String nouvelEmail) {
		compte(id);
		verifierMotDePasse(id, motDePasse);
		var adresse = normaliser(nouvelEmail);
		if (comptes.parEmail(adresse).isPresent()) {
			messagerie.signalerInscriptionEnDouble(adresse);
			return;
		}
		messagerie.confirmerChangementEmail(adresse, jetons.creer(id, Usage.CHANGEMENT_EMAIL, adresse));
	}

	@Transactional
	public Compte confirmerChangementEmail(UUID id, String jeton) {
		if (!jetons.estA(jeton, Usage.CHANGEMENT_EMAIL, id)) {
			throw new LienInvalide();
		}
		var utilisation = jetons.utiliser(jeton, Usage.CHANGEMENT_EMAIL).orElseThrow(LienInvalide::new);
		var adresse = utilisation.nouvelEmail();
		if (adresse == null || comptes.parEmail(adresse).isPresent()) {
			throw new LienInvalide();
		}
		comptes.changerEmail(id, adresse);
		return compte(id);
	}

	/** Sets an account's roles; every account stays an accompagnateur·trice. */
	@Transactional
	public void definirRoles(UUID id, Set<Role> roles) {
		if (!roles.contains(Role.ADMINISTRATEUR) && comptes.administrateursVerrouilles().equals(Set.of(id))) {
			throw new DernierAdministrateur();
		}
		var tous = EnumSet.of(Role.ACCOMPAGNATEUR);
		tous.addAll(roles);
		comptes.definirRoles(compte(id).id(), tous);
		sessions.fermerToutes(id);
	}

	/** Deletes the account and all its personal data, and ends its sessions. */
	@Transactional
	public void supprimer(UUID id) {
		comptes.supprimer(compte(id).id());
		sessions.fermerToutes(id);
	}

	/** Checks a password typed to confirm a sensitive action. */
	public void verifierMotDePasse(UUID id, String motDePasse) {
		var empreinte = comptes.empreinteDuMotDePasse(id);
		if (empreinte.isEmpty() || !encodeur.matches(motDePasse, empreinte.get())) {
			throw new SaisieRefusee("motDePasseActuel", "compte.mot-de-passe.incorrect");
		}
	}

}
