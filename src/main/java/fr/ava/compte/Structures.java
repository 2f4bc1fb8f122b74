package fr.ava.compte;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.compte.internal.JdbcComptes;
import fr.ava.compte.internal.Messagerie;

/**
 * The structures accounts belong to. A structure with a SIREN or RNA number is shared by everyone
 * who gives that number, once one of its managers approves them; an approved manager of a structure
 * is an employer for AVA.
 */
@Service
public class Structures {

	private static final Pattern SIREN = Pattern.compile("\\d{9}");

	/** "W", then the department (two characters, 2A/2B in Corsica), then seven digits. */
	private static final Pattern RNA = Pattern.compile("W[0-9][0-9AB]\\d{7}");

	/** Longer messages are refused: a decision needs no more. */
	public static final int MESSAGE_MAXIMUM = 500;

	private static final String APPROUVEE = Appartenance.Statut.APPROUVEE.name();

	private static final String EN_ATTENTE = Appartenance.Statut.EN_ATTENTE.name();

	private static final String GESTIONNAIRE = RoleDansLaStructure.GESTIONNAIRE.name();

	/** An approved manager of the structure {@code s} (the request's). */
	private static final String GEREE_PAR = """
			exists (select 1 from appartenance g where g.structure_id = s.id and g.compte_id = ? and g.role = 'GESTIONNAIRE'
			and g.statut = 'APPROUVEE')""";

	private static final String SANS_RESPONSABLE = """
			not exists (select 1 from appartenance g where g.structure_id = s.id and g.role = 'GESTIONNAIRE'
			and g.statut = 'APPROUVEE')""";

	private final JdbcClient jdbc;

	private final JdbcComptes comptes;

	private final Messagerie messagerie;

	private final ApplicationEventPublisher evenements;

	private final Clock horloge;

	Structures(JdbcClient jdbc, JdbcComptes comptes, Messagerie messagerie, ApplicationEventPublisher evenements,
			Clock horloge) {
		this.jdbc = jdbc;
		this.comptes = comptes;
		this.messagerie = messagerie;
		this.evenements = evenements;
		this.horloge = horloge;
	}

	/** Every membership of the account, pending and refused requests included. */
	public List<Appartenance> de(UUID compteId) {
		return jdbc.sql("""
				select a.id, s.id as structure_id, s.type, s.nom, s.siren, s.rna, a.role, a.statut, a.message
				from appartenance a join structure s on s.id = a.structure_id
				where a.compte_id = ? order by s.nom""")
			.param(compteId)
			.query((ligne, n) -> new Appartenance(ligne.getObject("id", UUID.class),
					ligne.getObject("structure_id", UUID.class), TypeDeStructure.valueOf(ligne.getString("type")),
					ligne.getString("nom"), ligne.getString("siren"), ligne.getString("rna"),
					RoleDansLaStructure.valueOf(ligne.getString("role")),
					Appartenance.Statut.valueOf(ligne.getString("statut")), ligne.getString("message")))
			.list();
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
		var numeroSiren = numero(siren, SIREN, "siren", "compte.structure.siren");
		var numeroRna = numero(rna, RNA, "rna", "compte.structure.rna");
		if (numeroSiren != null && (!luhn(numeroSiren) || numeroSiren.equals("000000000"))) {
			throw new SaisieRefusee("siren", "compte.structure.siren");
		}
		comptes.parId(compteId).orElseThrow(CompteIntrouvable::new);
		var existante = existante(numeroSiren, numeroRna);
		if (existante.isEmpty()) {
			var id = UUID.randomUUID();
			jdbc.sql("insert into structure (id, type, nom, siren, rna) values (?, ?, ?, ?, ?)")
				.params(id, type.name(), nom.strip(), numeroSiren, numeroRna)
				.update();
			jdbc.sql("""
					insert into appartenance (id, compte_id, structure_id, role, statut, demandee_le, decidee_le)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), compteId, id, role.name(), APPROUVEE, maintenant(), maintenant())
				.update();
			if (role == RoleDansLaStructure.GESTIONNAIRE) {
				devenirEmployeur(compteId);
			}
			return appartenance(compteId, id);
		}
		var structure = existante.get();
		var actuelle = de(compteId).stream().filter(a -> a.structureId().equals(structure)).findFirst();
		if (actuelle.isEmpty()) {
			jdbc.sql("insert into appartenance (id, compte_id, structure_id, role, statut, demandee_le) values (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), compteId, structure, role.name(), EN_ATTENTE, maintenant())
				.update();
			prevenirCeuxQuiDecident(structure);
		}
		else if (actuelle.get().approuvee()
				&& (actuelle.get().role() == role || role == RoleDansLaStructure.MEMBRE)) {
			// Staying, or stepping down from managing, needs nobody's approval.
			jdbc.sql("update appartenance set role = ? where id = ?").params(role.name(), actuelle.get().id()).update();
		}
		else if (actuelle.get().statut() != Appartenance.Statut.EN_ATTENTE || actuelle.get().role() != role) {
			// A new request gets a new identifier: a decision taken on a page that showed the former one
			// (another role, or already refused) finds nothing, rather than granting what it did not show.
			jdbc.sql("""
					update appartenance set id = ?, role = ?, statut = ?, message = null, demandee_le = ?, decidee_le = null
					where id = ?""")
				.params(UUID.randomUUID(), role.name(), EN_ATTENTE, maintenant(), actuelle.get().id())
				.update();
			prevenirCeuxQuiDecident(structure);
		}
		return appartenance(compteId, structure);
	}

	/** Leaves a structure; another account's membership is as unknown as a missing one (404). */
	@Transactional
	public void quitter(UUID compteId, UUID appartenanceId) {
		if (jdbc.sql("delete from appartenance where id = ? and compte_id = ?").params(appartenanceId, compteId).update() == 0) {
			throw new AppartenanceIntrouvable();
		}
	}

	/**
	 * The pending requests the account may decide: those of the structures it manages, and for an
	 * administrator those of the structures that have no approved manager yet.
	 */
	public List<Demande> demandesATraiter(UUID compteId) {
		return demandes("(" + GEREE_PAR + " or (? and " + SANS_RESPONSABLE + "))", compteId, estAdministrateur(compteId));
	}

	/** The pending requests of a structure the account may decide for; any other structure is a 404. */
	public List<Demande> demandesDe(UUID compteId, UUID structureId) {
		if (!peutDecider(compteId, structureId)) {
			throw new DemandeIntrouvable();
		}
		return demandes("s.id = ?", structureId);
	}

	/** For an administrator, the pending requests of the structures that have no approved manager. */
	public List<Demande> demandesSansResponsable(UUID compteId) {
		if (!estAdministrateur(compteId)) {
			throw new DemandeIntrouvable();
		}
		return demandes(SANS_RESPONSABLE);
	}

	/** The structure's name, for whoever may decide its requests; any other is a 404. */
	public String nomPourQuiDecide(UUID compteId, UUID structureId) {
		if (!peutDecider(compteId, structureId)) {
			throw new DemandeIntrouvable();
		}
		return jdbc.sql("select nom from structure where id = ?").param(structureId).query(String.class).single();
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
		return jdbc.sql("""
				select c.nom_affiche from appartenance a join compte c on c.id = a.compte_id
				where a.structure_id = ? and a.role = ? and a.statut = ? order by c.nom_affiche""")
			.params(structureId, GESTIONNAIRE, APPROUVEE)
			.query(String.class)
			.list();
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

	private record Decision(UUID compteId, UUID structureId, RoleDansLaStructure role) {
	}

	private Decision decider(UUID compteId, UUID demandeId, Appartenance.Statut statut, @Nullable String message) {
		var demande = jdbc.sql("select compte_id, structure_id, role from appartenance where id = ? and statut = ?")
			.params(demandeId, EN_ATTENTE)
			.query((ligne, n) -> new Decision(ligne.getObject("compte_id", UUID.class),
					ligne.getObject("structure_id", UUID.class), RoleDansLaStructure.valueOf(ligne.getString("role"))))
			.optional()
			.filter(d -> peutDecider(compteId, d.structureId()))
			.orElseThrow(DemandeIntrouvable::new);
		var texte = message == null || message.isBlank() ? null : message.strip();
		if (texte != null && texte.length() > MESSAGE_MAXIMUM) {
			throw new SaisieRefusee("message", "compte.demande.message.long", MESSAGE_MAXIMUM);
		}
		// Two managers deciding at once: the second finds nothing pending any more.
		if (jdbc.sql("update appartenance set statut = ?, message = ?, decidee_le = ? where id = ? and statut = ?")
			.params(statut.name(), texte, maintenant(), demandeId, EN_ATTENTE)
			.update() == 0) {
			throw new DemandeIntrouvable();
		}
		return demande;
	}

	private boolean peutDecider(UUID compteId, UUID structureId) {
		return jdbc.sql("select count(*) from structure s where s.id = ? and (" + GEREE_PAR + " or (? and " + SANS_RESPONSABLE
				+ "))")
			.params(structureId, compteId, estAdministrateur(compteId))
			.query(Integer.class)
			.single() > 0;
	}

	private boolean estAdministrateur(UUID compteId) {
		return comptes.parId(compteId).map(Compte::estAdministrateur).orElse(false);
	}

	private List<Demande> demandes(String condition, Object... parametres) {
		return jdbc.sql("""
				select a.id, s.id as structure_id, s.nom, c.nom_affiche, a.role, a.demandee_le
				from appartenance a join structure s on s.id = a.structure_id join compte c on c.id = a.compte_id
				where a.statut = 'EN_ATTENTE'""" + " and " + condition + " order by a.demandee_le, a.id")
			.params(parametres)
			.query((ligne, n) -> new Demande(ligne.getObject("id", UUID.class), ligne.getObject("structure_id", UUID.class),
					ligne.getString("nom"), ligne.getString("nom_affiche"), RoleDansLaStructure.valueOf(ligne.getString("role")),
					ligne.getObject("demandee_le", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The structure's managers, or the administrators while it has none, get a mail with the page to
	 * decide (the administrators without the structure's name, which the requester may have typed).
	 */
	private void prevenirCeuxQuiDecident(UUID structureId) {
		var gestionnaires = jdbc.sql("""
				select c.email from appartenance a join compte c on c.id = a.compte_id
				where a.structure_id = ? and a.role = ? and a.statut = ?""")
			.params(structureId, GESTIONNAIRE, APPROUVEE)
			.query(String.class)
			.list();
		if (!gestionnaires.isEmpty()) {
			gestionnaires.forEach(email -> messagerie.signalerDemande(email, false, "/structures/" + structureId + "/demandes"));
			return;
		}
		jdbc.sql("select c.email from role_de_compte r join compte c on c.id = r.compte_id where r.role = ?")
			.param(Role.ADMINISTRATEUR.name())
			.query(String.class)
			.list()
			.forEach(email -> messagerie.signalerDemande(email, true, "/admin/demandes"));
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

	private Optional<UUID> existante(@Nullable String siren, @Nullable String rna) {
		if (siren == null && rna == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from structure where siren = ? or rna = ? order by nom")
			.params(siren, rna)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
	}

	private static @Nullable String numero(@Nullable String saisi, Pattern forme, String champ, String message) {
		if (saisi == null || saisi.isBlank()) {
			return null;
		}
		var numero = saisi.replace(" ", "").toUpperCase(Locale.ROOT);
		if (!forme.matcher(numero).matches()) {
			throw new SaisieRefusee(champ, message);
		}
		return numero;
	}

	/** The SIREN's check digit (Luhn formula). */
	private static boolean luhn(String chiffres) {
		var somme = 0;
		for (int i = 0; i < chiffres.length(); i++) {
			var chiffre = chiffres.charAt(chiffres.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				chiffre *= 2;
				if (chiffre > 9) {
					chiffre -= 9;
				}
			}
			somme += chiffre;
		}
		return somme % 10 == 0;
	}

}
