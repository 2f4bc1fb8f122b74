package fr.ava.positionnement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.ava.compte.Appartenance;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.positionnement.Partages.PartageAvecStructure;
import fr.ava.positionnement.Partages.PartageRecu;

/**
 * Self-assessments shared with the managers of a structure, as stored: a share counts only while its
 * author, and the manager who reads it, are approved members of the structure.
 */
@Component
public class PartagesAvecStructuresEnBase {

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private static final String APPROUVEE = Appartenance.Statut.APPROUVEE.name();

	private final JdbcClient jdbc;

	PartagesAvecStructuresEnBase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Shares once: sharing again with the same structure changes nothing. */
	public void partager(UUID positionnementId, UUID structureId, Instant le) {
		var existe = jdbc.sql("select count(*) from partage_avec_structure where positionnement_id = ? and structure_id = ?")
			.params(positionnementId, structureId)
			.query(Integer.class)
			.single() > 0;
		if (!existe) {
			jdbc.sql("insert into partage_avec_structure (positionnement_id, structure_id, partage_le) values (?, ?, ?)")
				.params(positionnementId, structureId, le.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** @return whether the self-assessment was shared with the structure */
	public boolean retirer(UUID positionnementId, UUID structureId) {
		return jdbc.sql("delete from partage_avec_structure where positionnement_id = ? and structure_id = ?")
			.params(positionnementId, structureId)
			.update() > 0;
	}

	public List<PartageAvecStructure> de(UUID positionnementId) {
		return jdbc.sql("""
				select s.id, s.nom, p.partage_le from partage_avec_structure p join structure s on s.id = p.structure_id
				where p.positionnement_id = ? order by s.nom""")
			.param(positionnementId)
			.query((ligne, n) -> new PartageAvecStructure(ligne.getObject("id", UUID.class), ligne.getString("nom"),
					ligne.getObject("partage_le", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** What approved members shared with the structures the manager is an approved manager of. */
	public List<PartageRecu> recusPar(UUID gestionnaireId) {
		return jdbc.sql("""
				select p.id, s.id as structure_id, s.nom, c.nom_affiche, p.cree_le, p.termine_le, ps.partage_le
				from partage_avec_structure ps
				join positionnement p on p.id = ps.positionnement_id
				join compte c on c.id = p.compte_id
				join structure s on s.id = ps.structure_id
				join appartenance gestion on gestion.structure_id = ps.structure_id and gestion.compte_id = ? and gestion.role = ?
					and gestion.statut = ?
				join appartenance auteur on auteur.structure_id = ps.structure_id and auteur.compte_id = p.compte_id
					and auteur.statut = ?
				order by ps.partage_le desc""")
			.params(gestionnaireId, RoleDansLaStructure.GESTIONNAIRE.name(), APPROUVEE, APPROUVEE)
			.query((ligne, n) -> new PartageRecu(ligne.getObject("id", UUID.class), ligne.getObject("structure_id", UUID.class),
					ligne.getString("nom"), ligne.getString("nom_affiche"),
					LocalDate.ofInstant(ligne.getObject("cree_le", OffsetDateTime.class).toInstant(), FRANCE),
					ligne.getObject("termine_le", OffsetDateTime.class) != null,
					ligne.getObject("partage_le", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Each approved member's latest self-assessment shared with the structure, by member. */
	public Map<UUID, UUID> dernierParMembre(UUID structureId) {
		var dernierParMembre = new LinkedHashMap<UUID, UUID>();
		jdbc.sql("""
				select p.compte_id, p.id from partage_avec_structure ps
				join positionnement p on p.id = ps.positionnement_id
				join appartenance a on a.structure_id = ps.structure_id and a.compte_id = p.compte_id and a.statut = ?
				where ps.structure_id = ? order by ps.partage_le desc, p.cree_le desc""")
			.params(APPROUVEE, structureId)
			.query(ligne -> {
				dernierParMembre.putIfAbsent(ligne.getObject("compte_id", UUID.class), ligne.getObject("id", UUID.class));
			});
		return dernierParMembre;
	}

	/** Every approved member but one who shares with the structure, with the self-assessments they share. */
	public Map<UUID, List<UUID>> partagesParMembreSauf(UUID structureId, UUID compteId) {
		var partagesParMembre = new LinkedHashMap<UUID, List<UUID>>();
		jdbc.sql("""
				select p.compte_id, p.id from partage_avec_structure ps
				join positionnement p on p.id = ps.positionnement_id
				join appartenance a on a.structure_id = ps.structure_id and a.compte_id = p.compte_id and a.statut = ?
				where ps.structure_id = ? and p.compte_id <> ? order by ps.partage_le""")
			.params(APPROUVEE, structureId, compteId)
			.query(ligne -> {
				partagesParMembre.computeIfAbsent(ligne.getObject("compte_id", UUID.class), membre -> new ArrayList<>())
					.add(ligne.getObject("id", UUID.class));
			});
		return partagesParMembre;
	}

	public UUID auteurDe(UUID positionnementId) {
		return jdbc.sql("select compte_id from positionnement where id = ?").param(positionnementId).query(UUID.class).single();
	}

}
