package fr.ava.compte.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.ava.compte.Compte;
import fr.ava.compte.Role;

/** Accounts and their roles in the database. */
@Repository
public class JdbcComptes {

	private static final String COLONNES = "id, email, nom_affiche, mot_de_passe, email_confirme, cree_le";

	private static final String OU_CONTIENT = " where lower(nom_affiche) like lower(?) escape '!' or lower(email) like lower(?) escape '!'";

	private final JdbcClient jdbc;

	JdbcComptes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void ajouter(Compte compte, @Nullable String empreinteDuMotDePasse) {
		jdbc.sql("insert into compte (" + COLONNES + ") values (?, ?, ?, ?, ?, ?)")
			.params(compte.id(), compte.email(), compte.nomAffiche(), empreinteDuMotDePasse, compte.emailConfirme(),
					horodatage(compte.creeLe()))
			.update();
		definirRoles(compte.id(), compte.roles());
	}

	public Optional<Compte> parId(UUID id) {
		return premier(jdbc.sql("select " + COLONNES + " from compte where id = ?").param(id));
	}

	public Optional<Compte> parEmail(String email) {
		return premier(jdbc.sql("select " + COLONNES + " from compte where email = ?").param(email));
	}

	public Optional<String> empreinteDuMotDePasse(UUID id) {
		return jdbc.sql("select mot_de_passe from compte where id = ?")
			.param(id)
			.query((ligne, n) -> Optional.ofNullable(ligne.getString(1)))
			.optional()
			.flatMap(empreinte -> empreinte);
	}

	/** The accounts whose name or address contains the text, whatever the case, newest first. */
	public List<Compte> chercher(String texte, int debut, int nombre) {
		var sansRoles = jdbc.sql("select " + COLONNES + " from compte" + OU_CONTIENT
				+ " order by cree_le desc, email offset ? rows fetch next ? rows only")
			.params(motif(texte), motif(texte), debut, nombre)
			.query((ligne, n) -> compte(ligne, Set.of()))
			.list();
		var roles = rolesDe(sansRoles.stream().map(Compte::id).toList());
		return sansRoles.stream().map(compte -> avecRoles(compte, roles.getOrDefault(compte.id(), Set.of()))).toList();
	}

	public int compter(String texte) {
		return jdbc.sql("select count(*) from compte" + OU_CONTIENT)
			.params(motif(texte), motif(texte))
			.query(Integer.class)
			.single();
	}

	/** The text as a LIKE pattern: its own %, _ and ! are taken literally. */
	private static String motif(String texte) {
		return "%" + texte.replaceAll("[!%_]", "!$0") + "%";
	}

	public void changerMotDePasse(UUID id, String empreinte) {
		jdbc.sql("update compte set mot_de_passe = ? where id = ?").params(empreinte, id).update();
	}

	public void effacerMotDePasse(UUID id) {
		jdbc.sql("update compte set mot_de_passe = null where id = ?").param(id).update();
	}

	public void confirmerEmail(UUID id) {
		jdbc.sql("update compte set email_confirme = true where id = ?").param(id).update();
	}

	public void changerEmail(UUID id, String email) {
		jdbc.sql("update compte set email = ?, email_confirme = true where id = ?").params(email, id).update();
	}

	public void renommer(UUID id, String nomAffiche) {
		jdbc.sql("update compte set nom_affiche = ? where id = ?").params(nomAffiche, id).update();
	}

	/**
	 * The administrators, their role rows locked until the transaction ends: two administrators who take
	 * the role from each other at once are then counted one after the other.
	 */
	public Set<UUID> administrateursVerrouilles() {
		return Set.copyOf(jdbc.sql("select compte_id from role_de_compte where role = ? for update")
			.param(Role.ADMINISTRATEUR.name())
			.query(UUID.class)
			.list());
	}

	public void definirRoles(UUID id, Set<Role> roles) {
		jdbc.sql("delete from role_de_compte where compte_id = ?").param(id).update();
		for (var role : roles) {
			jdbc.sql("insert into role_de_compte (compte_id, role) values (?, ?)").params(id, role.name()).update();
		}
	}

	/** Deletes the account; its roles, memberships and links go with it (foreign keys). */
	public void supprimer(UUID id) {
		jdbc.sql("delete from compte where id = ?").param(id).update();
	}

	/** The account row first, then its roles: a query run inside another's row mapper would hold two connections. */
	private Optional<Compte> premier(JdbcClient.StatementSpec requete) {
		return requete.query((ligne, n) -> compte(ligne, Set.of()))
			.optional()
			.map(compte -> avecRoles(compte, roles(compte.id())));
	}

	private static Compte avecRoles(Compte compte, Set<Role> roles) {
		return new Compte(compte.id(), compte.email(), compte.nomAffiche(), compte.emailConfirme(), compte.aUnMotDePasse(),
				compte.creeLe(), roles);
	}

	private Set<Role> roles(UUID id) {
		return rolesDe(List.of(id)).getOrDefault(id, EnumSet.noneOf(Role.class));
	}

	private Map<UUID, Set<Role>> rolesDe(List<UUID> comptes) {
		var roles = new HashMap<UUID, Set<Role>>();
		if (comptes.isEmpty()) {
			return roles;
		}
		jdbc.sql("select compte_id, role from role_de_compte where compte_id in (:comptes)").param("comptes", comptes).query(ligne -> {
			roles.computeIfAbsent(ligne.getObject(1, UUID.class), id -> EnumSet.noneOf(Role.class))
				.add(Role.valueOf(ligne.getString(2)));
		});
		return roles;
	}

	private static Compte compte(ResultSet ligne, Set<Role> roles) throws SQLException {
		return new Compte(ligne.getObject("id", UUID.class), ligne.getString("email"), ligne.getString("nom_affiche"),
				ligne.getBoolean("email_confirme"), ligne.getString("mot_de_passe") != null,
				ligne.getObject("cree_le", OffsetDateTime.class).toInstant(), roles);
	}

	static OffsetDateTime horodatage(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
