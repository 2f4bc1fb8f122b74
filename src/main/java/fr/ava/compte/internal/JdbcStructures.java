package fr.ava.compte.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.ava.compte.Appartenance;
import fr.ava.compte.Demande;
import fr.ava.compte.Role;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.TypeDeStructure;

/** Structures and memberships, as stored: a membership is a request until it is approved or refused. */
@Component
public class JdbcStructures {

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

	/** A request still pending: who asks, for which structure, with which role. */
	public record DemandeEnAttente(UUID compteId, UUID structureId, RoleDansLaStructure role) {
	}

	private final JdbcClient jdbc;

	JdbcStructures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Appartenance> appartenancesDe(UUID compteId) {
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

	/** A new structure, with its creator approved in it at once. */
	public UUID creer(UUID compteId, TypeDeStructure type, String nom, @Nullable String siren, @Nullable String rna,
			RoleDansLaStructure role, OffsetDateTime le) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into structure (id, type, nom, siren, rna) values (?, ?, ?, ?, ?)")
			.params(id, type.name(), nom, siren, rna)
			.update();
		jdbc.sql("""
				insert into appartenance (id, compte_id, structure_id, role, statut, demandee_le, decidee_le)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), compteId, id, role.name(), APPROUVEE, le, le)
			.update();
		return id;
	}

	/** The structure that already bears this SIREN or RNA number, if any. */
	public Optional<UUID> portantLeNumero(@Nullable String siren, @Nullable String rna) {
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

	public void demander(UUID compteId, UUID structureId, RoleDansLaStructure role, OffsetDateTime le) {
		jdbc.sql("insert into appartenance (id, compte_id, structure_id, role, statut, demandee_le) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), compteId, structureId, role.name(), EN_ATTENTE, le)
			.update();
	}

	public void changerDeRole(UUID appartenanceId, RoleDansLaStructure role) {
		jdbc.sql("update appartenance set role = ? where id = ?").params(role.name(), appartenanceId).update();
	}

	/**
	 * A new request gets a new identifier: a decision taken on a page that showed the former one
	 * (another role, or already refused) finds nothing, rather than granting what it did not show.
	 */
	public void redemander(UUID appartenanceId, RoleDansLaStructure role, OffsetDateTime le) {
		jdbc.sql("""
				update appartenance set id = ?, role = ?, statut = ?, message = null, demandee_le = ?, decidee_le = null
				where id = ?""")
			.params(UUID.randomUUID(), role.name(), EN_ATTENTE, le, appartenanceId)
			.update();
	}

	/** @return whether the account had this membership */
	public boolean quitter(UUID compteId, UUID appartenanceId) {
		return jdbc.sql("delete from appartenance where id = ? and compte_id = ?").params(appartenanceId, compteId).update() > 0;
	}

	public String nom(UUID structureId) {
		return jdbc.sql("select nom from structure where id = ?").param(structureId).query(String.class).single();
	}

	/** The display names of the structure's approved managers. */
	public List<String> responsables(UUID structureId) {
		return gestionnaires("c.nom_affiche", structureId);
	}

	/** The addresses of the structure's approved managers. */
	public List<String> emailsDesGestionnaires(UUID structureId) {
		return gestionnaires("c.email", structureId);
	}

	public List<String> emailsDesAdministrateurs() {
		return jdbc.sql("select c.email from role_de_compte r join compte c on c.id = r.compte_id where r.role = ?")
			.param(Role.ADMINISTRATEUR.name())
			.query(String.class)
			.list();
	}

	public Optional<DemandeEnAttente> enAttente(UUID demandeId) {
		return jdbc.sql("select compte_id, structure_id, role from appartenance where id = ? and statut = ?")
			.params(demandeId, EN_ATTENTE)
			.query((ligne, n) -> new DemandeEnAttente(ligne.getObject("compte_id", UUID.class),
					ligne.getObject("structure_id", UUID.class), RoleDansLaStructure.valueOf(ligne.getString("role"))))
			.optional();
	}

	/** @return false when the request was no longer pending: two managers deciding at once */
	public boolean decider(UUID demandeId, Appartenance.Statut statut, @Nullable String message, OffsetDateTime le) {
		return jdbc.sql("update appartenance set statut = ?, message = ?, decidee_le = ? where id = ? and statut = ?")
			.params(statut.name(), message, le, demandeId, EN_ATTENTE)
			.update() > 0;
	}

	/** Whether the account manages the structure, or is an administrator and the structure has no manager. */
	public boolean peutDecider(UUID compteId, boolean administrateur, UUID structureId) {
		return jdbc.sql("select count(*) from structure s where s.id = ? and (" + GEREE_PAR + " or (? and " + SANS_RESPONSABLE
				+ "))")
			.params(structureId, compteId, administrateur)
			.query(Integer.class)
			.single() > 0;
	}

	/** The pending requests of the structures the account manages, or without a manager for an administrator. */
	public List<Demande> aDecider(UUID compteId, boolean administrateur) {
		return demandes("(" + GEREE_PAR + " or (? and " + SANS_RESPONSABLE + "))", compteId, administrateur);
	}

	public List<Demande> demandesDe(UUID structureId) {
		return demandes("s.id = ?", structureId);
	}

	public List<Demande> demandesSansResponsable() {
		return demandes(SANS_RESPONSABLE);
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

	private List<String> gestionnaires(String colonne, UUID structureId) {
		return jdbc.sql("select " + colonne + " from appartenance a join compte c on c.id = a.compte_id"
				+ " where a.structure_id = ? and a.role = ? and a.statut = ? order by c.nom_affiche")
			.params(structureId, GESTIONNAIRE, APPROUVEE)
			.query(String.class)
			.list();
	}

}
