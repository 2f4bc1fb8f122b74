package fr.ava.compte;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.compte.internal.JdbcComptes;
import fr.ava.compte.internal.JdbcStructures;
import fr.ava.compte.internal.JdbcStructures.DemandeEnAttente;
import fr.ava.compte.internal.Messagerie;

/**
 * The structures accounts belong to. A structure with a SIREN or RNA number is shared by everyone
 * who gives that number, once one of its managers approves them; an approved manager of a structure
 * is an employer for AVA.
 */
@Service
public class Structures {

	/** Longer messages are refused: a decision needs no more. */
	public static final int MESSAGE_MAXIMUM = 500;

	private final JdbcStructures jdbc;

	private final JdbcComptes comptes;

	private final Messagerie messagerie;

	private final ApplicationEventPublisher evenements;

	private final Clock horloge;

	Structures(JdbcStructures jdbc, JdbcComptes comptes, Messagerie messagerie, ApplicationEventPublisher evenements,
			Clock horloge) {
		this.jdbc = jdbc;
		this.comptes = comptes;
		this.messagerie = messagerie;
		this.evenements = evenements;
		this.horloge = horloge;
	}

	/** Every membership of the account, pending and refused requests included. */
	public List<Appartenance> de(UUID compteId) {
		return jdbc.appartenancesDe(compteId);
	}

	/** The structures the account was approved in: the only ones it shares with or manages. */
	public List<Appartenance> approuveesDe(UUID compteId) {
		return de(compteId).stream().filter(Appartenance::approuvee).toList();
	}

	/**
	 * Adds (or updates) the account's membership of a structure. Whoever creates a structure is in it
	 * at once, a manager becoming an employer; joining one that exists (or asking to manage it) is a
	 * request, mailed to its managers (to the administrators if it has none), until one approves it.
	 */
	@Transactional
	public Appartenance declarer(UUID compteId, TypeDeStructure type, String nom, @Nullable String siren,
			@Nullable String rna, RoleDansLaStructure role) {
		var numeroSiren = NumerosDeStructure.siren(siren);
		var numeroRna = NumerosDeStructure.rna(rna);
		comptes.parId(compteId).orElseThrow(CompteIntrouvable::new);
		var existante = jdbc.portantLeNumero(numeroSiren, numeroRna);
		if (existante.isEmpty()) {
			var id = jdbc.creer(compteId, type, nom.strip(), numeroSiren, numeroRna, role, maintenant());
			if (role == RoleDansLaStructure.GESTIONNAIRE) {
				devenirEmployeur(compteId);
			}
			return appartenance(compteId, id);
		}
		var structure = existante.get();
		var actuelle = de(compteId).stream().filter(a -> a.structureId().equals(structure)).findFirst();
		if (actuelle.isEmpty()) {
			jdbc.demander(compteId, structure, role, maintenant());
			prevenirCeuxQuiDecident(structure);
		}
		else if (actuelle.get().approuvee()
				&& (actuelle.get().role() == role || role == RoleDansLaStructure.MEMBRE)) {
			// Staying, or stepping down from managing, needs nobody's approval.
			jdbc.changerDeRole(actuelle.get().id(), role);
		}
		else if (actuelle.get().statut() != Appartenance.Statut.EN_ATTENTE || actuelle.get().role() != role) {
			jdbc.redemander(actuelle.get().id(), role, maintenant());
			prevenirCeuxQuiDecident(structure);
		}
		return appartenance(compteId, structure);
	}

	/** Leaves a structure; another account's membership is as unknown as a missing one (404). */
	@Transactional
	public void quitter(UUID compteId, UUID appartenanceId) {
		if (!jdbc.quitter(compteId, appartenanceId)) {
			throw new AppartenanceIntrouvable();
		}
	}

	/**
	 * The pending requests the account may decide: those of the structures it manages, and for an
	 * administrator those of the structures that have no approved manager yet.
	 */
	public List<Demande> demandesATraiter(UUID compteId) {
		return jdbc.aDecider(compteId, estAdministrateur(compteId));
	}

	/** The pending requests of a structure the account may decide for; any other structure is a 404. */
	public List<Demande> demandesDe(UUID compteId, UUID structureId) {
		if (!peutDecider(compteId, structureId)) {
			throw new DemandeIntrouvable();
		}
		return jdbc.demandesDe(structureId);
	}

	/** For an administrator, the pending requests of the structures that have no approved manager. */
	public List<Demande> demandesSansResponsable(UUID compteId) {
		if (!estAdministrateur(compteId)) {
			throw new DemandeIntrouvable();
		}
		return jdbc.demandesSansResponsable();
	}

	/** The structure's name, for whoever may decide its requests; any other is a 404. */
	public String nomPourQuiDecide(UUID compteId, UUID structureId) {
		if (!peutDecider(compteId, structureId)) {
			throw new DemandeIntrouvable();
		}
		return jdbc.nom(structureId);
	}

	/**
	 * Approves a pending request, with an optional message shown to the requester. A new manager
	 * becomes an employer, and the members who share with the structure are told.
	 */
	@Transactional
	public void approuver(UUID compteId, UUID demandeId, @Nullable String message) {
		var demande = decider(compteId, demandeId, Appartenance.Statut.APPROUVEE, message);
		if (demande.role() == RoleDansLaStructure.GESTIONNAIRE) {
			devenirEmployeur(demande.compteId());
			evenements.publishEvent(new ResponsableApprouve(demande.structureId(), demande.compteId()));
		}
	}

	/** Refuses a pending request, with an optional message shown to the requester. */
	@Transactional
	public void refuser(UUID compteId, UUID demandeId, @Nullable String message) {
		decider(compteId, demandeId, Appartenance.Statut.REFUSEE, message);
	}

	/** The display names of the structure's approved managers: whom a member shares with. */
	public List<String> responsables(UUID structureId) {
		return jdbc.responsables(structureId);
	}

	/**
	 * Tells a member who shares with the structure that a new manager reads what they shared, with
	 * the addresses (AVA's paths) where they may stop sharing.
	 */
	public void signalerNouveauResponsable(UUID membreId, UUID structureId, List<String> chemins) {
		var membre = comptes.parId(membreId);
		if (membre.isPresent()) {
			messagerie.signalerNouveauResponsable(membre.get().email(), chemins);
		}
	}

	private DemandeEnAttente decider(UUID compteId, UUID demandeId, Appartenance.Statut statut, @Nullable String message) {
		var demande = jdbc.enAttente(demandeId)
			.filter(d -> peutDecider(compteId, d.structureId()))
			.orElseThrow(DemandeIntrouvable::new);
		var texte = message == null || message.isBlank() ? null : message.strip();
		if (texte != null && texte.length() > MESSAGE_MAXIMUM) {
			throw new SaisieRefusee("message", "compte.demande.message.long", MESSAGE_MAXIMUM);
		}
		if (!jdbc.decider(demandeId, statut, texte, maintenant())) {
			throw new DemandeIntrouvable();
		}
		return demande;
	}

	private boolean peutDecider(UUID compteId, UUID structureId) {
		return jdbc.peutDecider(compteId, estAdministrateur(compteId), structureId);
	}

	private boolean estAdministrateur(UUID compteId) {
		return comptes.parId(compteId).map(Compte::estAdministrateur).orElse(false);
	}

	/**
	 * The structure's managers, or the administrators while it has none, get a mail with the page to
	 * decide (the administrators without the structure's name, which the requester may have typed).
	 */
	private void prevenirCeuxQuiDecident(UUID structureId) {
		var gestionnaires = jdbc.emailsDesGestionnaires(structureId);
		if (!gestionnaires.isEmpty()) {
			gestionnaires.forEach(email -> messagerie.signalerDemande(email, false, "/structures/" + structureId + "/demandes"));
			return;
		}
		jdbc.emailsDesAdministrateurs().forEach(email -> messagerie.signalerDemande(email, true, "/admin/demandes"));
	}

	private void devenirEmployeur(UUID compteId) {
		var compte = comptes.parId(compteId).orElseThrow(CompteIntrouvable::new);
		if (!compte.a(Role.EMPLOYEUR)) {
			var roles = new HashSet<>(compte.roles());
			roles.add(Role.EMPLOYEUR);
			comptes.definirRoles(compteId, roles);
		}
	}

	private Appartenance appartenance(UUID compteId, UUID structureId) {
		return de(compteId).stream().filter(a -> a.structureId().equals(structureId)).findFirst().orElseThrow();
	}

	private OffsetDateTime maintenant() {
		return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

}
