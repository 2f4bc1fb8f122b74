package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import fr.ava.socle.NettoyageDuTexte;

/**
 * socle: the texts stored before AVA cleaned what enters are cleaned as they would be today, each
 * column as one line or as several, so that no stored character breaks a PDF or a DOCX. Only the rows
 * that change are written. Same code for H2 and PostgreSQL (which never stored a NUL).
 */
public class V8__socle_textes_enregistres_nettoyes extends BaseJavaMigration {

	private static final UnaryOperator<String> UNE_LIGNE = NettoyageDuTexte::uneLigne;

	private static final UnaryOperator<String> PLUSIEURS_LIGNES = NettoyageDuTexte::plusieursLignes;

	private static final List<Table> TABLES = List.of(
			new Table("compte", List.of("id"), List.of(new Colonne("nom_affiche", UNE_LIGNE))),
			new Table("structure", List.of("id"), List.of(new Colonne("nom", UNE_LIGNE))),
			new Table("reponse_de_positionnement", List.of("positionnement_id", "code"),
					List.of(new Colonne("exemple", PLUSIEURS_LIGNES), new Colonne("note", PLUSIEURS_LIGNES))),
			new Table("fiche_de_poste", List.of("id"),
					List.of(new Colonne("nom_employeur", UNE_LIGNE), new Colonne("intitule", UNE_LIGNE),
							new Colonne("cadre_d_emplois", UNE_LIGNE), new Colonne("convention_collective", UNE_LIGNE),
							new Colonne("horaires", UNE_LIGNE), new Colonne("deplacements", UNE_LIGNE),
							new Colonne("permanences", UNE_LIGNE), new Colonne("rattachement", UNE_LIGNE),
							new Colonne("relations", PLUSIEURS_LIGNES))),
			new Table("element_de_fiche", List.of("fiche_id", "nature", "rang"), List.of(new Colonne("texte", UNE_LIGNE))),
			new Table("analyse_de_fiche", List.of("id"), List.of(new Colonne("nom", UNE_LIGNE),
					new Colonne("texte", PLUSIEURS_LIGNES), new Colonne("source", UNE_LIGNE))),
			new Table("corpus_de_fiches", List.of("id"), List.of(new Colonne("nom", UNE_LIGNE))),
			new Table("fiche_du_corpus", List.of("id"),
					List.of(new Colonne("nom_du_fichier", UNE_LIGNE), new Colonne("refus", UNE_LIGNE))));

	@Override
	public void migrate(Context contexte) throws SQLException {
		for (var table : TABLES) {
			table.nettoyer(contexte.getConnection());
		}
	}

	/** A column of text and how its texts are cleaned. */
	private record Colonne(String nom, UnaryOperator<String> nettoyage) {

		/**
		 * The text cleaned; in the rare case where composing characters lengthens it (and could overflow
		 * its column), only the characters that break documents are left out.
		 */
		String nettoyer(String texte) {
			var propre = nettoyage.apply(texte);
			return propre.length() <= texte.length() ? propre : NettoyageDuTexte.sansCaracteresInterdits(texte);
		}

	}

	private record Table(String nom, List<String> cles, List<Colonne> colonnes) {

		void nettoyer(Connection connexion) throws SQLException {
			var noms = new ArrayList<String>(cles);
			colonnes.forEach(colonne -> noms.add(colonne.nom()));
			var changees = new ArrayList<Object[]>();
			try (var lecture = connexion.createStatement()) {
				lecture.setFetchSize(500);
				try (var lignes = lecture.executeQuery("select " + String.join(", ", noms) + " from " + nom)) {
					while (lignes.next()) {
						var valeurs = new Object[noms.size()];
						var changee = false;
						for (int i = 0; i < colonnes.size(); i++) {
							var texte = lignes.getString(cles.size() + i + 1);
							var propre = texte == null ? null : colonnes.get(i).nettoyer(texte);
							changee |= propre != null && !propre.equals(texte);
							valeurs[i] = propre;
						}
						for (int i = 0; i < cles.size(); i++) {
							valeurs[colonnes.size() + i] = lignes.getObject(i + 1);
						}
						if (changee) {
							changees.add(valeurs);
						}
					}
				}
			}
			ecrire(connexion, changees);
		}

		private void ecrire(Connection connexion, List<Object[]> changees) throws SQLException {
			if (changees.isEmpty()) {
				return;
			}
			var sql = "update " + nom + " set " + String.join(", ", colonnes.stream().map(c -> c.nom() + " = ?").toList())
					+ " where " + String.join(" and ", cles.stream().map(cle -> cle + " = ?").toList());
			try (var ecriture = connexion.prepareStatement(sql)) {
				for (var valeurs : changees) {
					for (int i = 0; i < valeurs.length; i++) {
						if (valeurs[i] == null) {
							ecriture.setNull(i + 1, Types.VARCHAR);
						}
						else {
							ecriture.setObject(i + 1, valeurs[i]);
						}
					}
					ecriture.addBatch();
				}
				ecriture.executeBatch();
			}
		}

	}

}
