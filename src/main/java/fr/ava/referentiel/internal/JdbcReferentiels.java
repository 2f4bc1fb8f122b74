package fr.ava.referentiel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.referentiel.Code;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Noeud;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;
import fr.ava.referentiel.Version;
import fr.ava.referentiel.VersionIntrouvable;

/**
 * Versions stored in two tables, one row per version and one per item. Published versions are
 * immutable, so each is read once and kept in memory.
 */
@Repository
class JdbcReferentiels implements Referentiels {

	private final JdbcClient jdbc;

	private final ConcurrentMap<Version.Numero, Referentiel> publiees = new ConcurrentHashMap<>();

	JdbcReferentiels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Version> versionsPubliees() {
		return jdbc.sql("""
				select numero, statut, publiee_le from version_referentiel
				where statut = 'PUBLIEE' order by majeur, mineur""").query(JdbcReferentiels::version).list();
	}

	@Override
	public Referentiel publiee(Version.Numero numero) {
		var referentiel = publiees.get(numero);
		if (referentiel == null) {
			referentiel = lire(numero);
			if (referentiel == null || !referentiel.version().estPubliee()) {
				throw new VersionIntrouvable(numero.toString());
			}
			publiees.putIfAbsent(numero, referentiel);
		}
		return referentiel;
	}

	@Override
	public Referentiel dernierePubliee() {
		var versions = versionsPubliees();
		if (versions.isEmpty()) {
			throw new VersionIntrouvable("derniere");
		}
		return publiee(versions.get(versions.size() - 1).numero());
	}

	/**
	 * Stores a version unless one with the same number exists: a published version is never
	 * rewritten. Several instances may start at once; only one stores it.
	 * @return whether this call stored it
	 */
	@Transactional
	public boolean enregistrerSiAbsente(Referentiel referentiel) {
		var numero = referentiel.numero();
		var existe = jdbc.sql("select count(*) from version_referentiel where numero = ?")
			.param(numero.toString())
			.query(Integer.class)
			.single() > 0;
		if (existe) {
			return false;
		}
		try {
			inserer(referentiel);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void inserer(Referentiel referentiel) {
		var version = referentiel.version();
		jdbc.sql("""
				insert into version_referentiel (numero, majeur, mineur, statut, titre, sous_titre, publiee_le)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(version.numero().toString(), version.numero().majeur(), version.numero().mineur(),
					version.statut().name(), referentiel.titre(), referentiel.sousTitre(),
					version.publieeLe() == null ? null : Timestamp.from(version.publieeLe()))
			.update();
		var ordre = 0;
		for (var noeud : referentiel.noeuds()) {
			jdbc.sql("""
					insert into element_referentiel
					(version, code, ordre, nature, parent_code, slug, numero, titre, texte, complement)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(version.numero().toString(), noeud.code().valeur(), ordre++, noeud.nature().name(),
						noeud.parent() == null ? null : noeud.parent().valeur(), noeud.slug(), noeud.numero(),
						noeud.titre(), noeud.texte(), noeud.complement())
				.update();
		}
	}

	private @Nullable Referentiel lire(Version.Numero numero) {
		var entete = jdbc.sql("""
				select numero, statut, publiee_le, titre, sous_titre from version_referentiel where numero = ?""")
			.param(numero.toString())
			.query((ligne, i) -> new Entete(version(ligne, i), ligne.getString("titre"), ligne.getString("sous_titre")))
			.optional();
		if (entete.isEmpty()) {
			return null;
		}
		var noeuds = jdbc.sql("""
				select code, nature, parent_code, slug, numero, titre, texte, complement
				from element_referentiel where version = ? order by ordre""")
			.param(numero.toString())
			.query(JdbcReferentiels::noeud)
			.list();
		var lue = entete.get();
		return Referentiel.depuis(lue.version(), lue.titre(), lue.sousTitre(), noeuds);
	}

	private record Entete(Version version, String titre, String sousTitre) {
	}

	private static Version version(ResultSet ligne, int numeroDeLigne) throws SQLException {
		var publieeLe = ligne.getTimestamp("publiee_le");
		return new Version(Version.Numero.of(ligne.getString("numero")),
				Version.Statut.valueOf(ligne.getString("statut")), publieeLe == null ? null : publieeLe.toInstant());
	}

	private static Noeud noeud(ResultSet ligne, int numeroDeLigne) throws SQLException {
		var parent = ligne.getString("parent_code");
		return new Noeud(Code.of(ligne.getString("code")), Nature.valueOf(ligne.getString("nature")),
				parent == null ? null : Code.of(parent), ligne.getString("slug"), ligne.getString("numero"),
				ligne.getString("titre"), ligne.getString("texte"), ligne.getString("complement"));
	}

}
