package fr.ava.positionnement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.ava.compte.Appartenance;
import fr.ava.compte.ResponsableApprouve;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Referentiels;
import fr.ava.socle.RequeteInvalide;

/**
 * Sharing self-assessments, which are private by default. The author shares one with the managers
 * of a structure they belong to, or through a link that expires and that they can revoke at once;
 * whoever receives it reads it, never changes it. Only approved memberships count, on both sides. A
 * manager sees the anonymous mean of their team for a mission or function only once
 * {@value #SEUIL_D_ANONYMAT} people rated it.
 */
@Service
public class Partages {

	/** How many distinct people must have rated a mission or function before its team mean is shown. */
	public static final int SEUIL_D_ANONYMAT = 5;

	/** The lifetimes a link may have, in days. */
	public static final List<Integer> DUREES = List.of(7, 30, 90);

	public static final int DUREE_PAR_DEFAUT = 30;

	private static final SecureRandom HASARD = new SecureRandom();

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private static final String APPROUVEE = Appartenance.Statut.APPROUVEE.name();

	/** A structure the self-assessment is shared with. */
	public record PartageAvecStructure(UUID structureId, String structure, Instant partageLe) {
	}

	/** A share link as its author sees it: never its secret. */
	public record LienDePartage(UUID id, Instant creeLe, Instant expireLe, boolean revoque, boolean expire) {

		public boolean actif() {
			return !revoque && !expire;
		}

		public LocalDate expireLeJour() {
			return LocalDate.ofInstant(expireLe, FRANCE);
		}

		public LocalDate creeLeJour() {
			return LocalDate.ofInstant(creeLe, FRANCE);
		}

	}

	/** A link just made: its secret, shown this once, and when it stops working. */
	public record LienCree(UUID id, String secret, Instant expireLe) {

		public LocalDate expireLeJour() {
			return LocalDate.ofInstant(expireLe, FRANCE);
		}

	}

	/** Whom a self-assessment is shared with. */
	public record EtatDuPartage(List<PartageAvecStructure> structures, List<LienDePartage> liens) {
	}

	/** A self-assessment shared with a structure the asker manages. */
	public record PartageRecu(UUID positionnementId, UUID structureId, String structure, String auteur,
			LocalDate commenceLe, boolean termine, Instant partageLe) {
	}

	/** A structure the author may share with, and the display names of its approved managers. */
	public record StructurePourPartager(UUID structureId, String nom, List<String> responsables) {
	}

	/**
	 * A mission's or function's mean level in a team, or nothing when fewer than
	 * {@value #SEUIL_D_ANONYMAT} people rated it: neither a mean nor how many.
	 */
	public record MoyenneDEquipe(Code code, String libelle, @Nullable Double moyenne) {

		public boolean visible() {
			return moyenne != null;
		}

		public String moyenneEnFrancais() {
			return moyenne == null ? "" : String.format(Locale.FRENCH, "%.1f", moyenne);
		}

	}

	/**
	 * A structure's team as its manager sees it: every mission and function of the framework, each
	 * with a mean only where enough people rated it, and never a count of people.
	 */
	public record Equipe(UUID structureId, String structure, boolean visible, List<MoyenneDEquipe> moyennes) {

		public int seuil() {
			return SEUIL_D_ANONYMAT;
		}

	}

	private final JdbcClient jdbc;

	private final Positionnements positionnements;

	private final Structures structures;

	private final Referentiels referentiels;

	private final Clock horloge;

	Partages(JdbcClient jdbc, Positionnements positionnements, Structures structures, Referentiels referentiels,
			Clock horloge) {
		this.jdbc = jdbc;
		this.referentiels = referentiels;
		this.positionnements = positionnements;
		this.structures = structures;
		this.horloge = horloge;
	}

	/** Shares the author's self-assessment with the managers of one of the author's structures. */
	@Transactional
	public void partagerAvecStructure(UUID compteId, UUID positionnementId, UUID structureId) {
		positionnements.de(compteId, positionnementId);
		if (structures.approuveesDe(compteId).stream().noneMatch(a -> a.structureId().equals(structureId))) {
			throw PartageIntrouvable.structure();
		}
		var existe = jdbc.sql("select count(*) from partage_avec_structure where positionnement_id = ? and structure_id = ?")
			.params(positionnementId, structureId)
			.query(Integer.class)
			.single() > 0;
		if (!existe) {
			jdbc.sql("insert into partage_avec_structure (positionnement_id, structure_id, partage_le) values (?, ?, ?)")
				.params(positionnementId, structureId, horodatage(maintenant()))
				.update();
		}
	}

	/** Stops sharing with a structure, at once. */
	@Transactional
	public void retirerPartage(UUID compteId, UUID positionnementId, UUID structureId) {
		positionnements.de(compteId, positionnementId);
		if (jdbc.sql("delete from partage_avec_structure where positionnement_id = ? and structure_id = ?")
			.params(positionnementId, structureId)
			.update() == 0) {
			throw PartageIntrouvable.structure();
		}
	}

	/** A new link to the self-assessment, valid for 7, 30 or 90 days; its secret is only given here. */
	@Transactional
	public LienCree creerLien(UUID compteId, UUID positionnementId, int jours) {
		positionnements.de(compteId, positionnementId);
		if (!DUREES.contains(jours)) {
			throw new RequeteInvalide("partage.duree.invalide", jours);
		}
		var octets = new byte[32];
		HASARD.nextBytes(octets);
		var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
		var id = UUID.randomUUID();
		var maintenant = maintenant();
		var expire = maintenant.plus(Duration.ofDays(jours));
		jdbc.sql("insert into lien_de_partage (id, positionnement_id, empreinte, cree_le, expire_le, revoque) values (?, ?, ?, ?, ?, false)")
			.params(id, positionnementId, empreinte(secret), horodatage(maintenant), horodatage(expire))
			.update();
		return new LienCree(id, secret, expire);
	}

	/** Revokes one of the author's links: it stops working at once; another's is a 404. */
	@Transactional
	public void revoquerLien(UUID compteId, UUID positionnementId, UUID lienId) {
		positionnements.de(compteId, positionnementId);
		if (jdbc.sql("update lien_de_partage set revoque = true where id = ? and positionnement_id = ?")
			.params(lienId, positionnementId)
			.update() == 0) {
			throw PartageIntrouvable.lien();
		}
	}

	/** The structures and links the author's self-assessment is shared with. */
	public EtatDuPartage partagesDe(UUID compteId, UUID positionnementId) {
		positionnements.de(compteId, positionnementId);
		var avecStructures = jdbc.sql("""
				select s.id, s.nom, p.partage_le from partage_avec_structure p join structure s on s.id = p.structure_id
				where p.positionnement_id = ? order by s.nom""")
			.param(positionnementId)
			.query((ligne, n) -> new PartageAvecStructure(ligne.getObject("id", UUID.class), ligne.getString("nom"),
					ligne.getObject("partage_le", OffsetDateTime.class).toInstant()))
			.list();
		var maintenant = maintenant();
		var liens = jdbc.sql("select id, cree_le, expire_le, revoque from lien_de_partage where positionnement_id = ? order by cree_le desc")
			.param(positionnementId)
			.query((ligne, n) -> {
				var expireLe = ligne.getObject("expire_le", OffsetDateTime.class).toInstant();
				return new LienDePartage(ligne.getObject("id", UUID.class),
						ligne.getObject("cree_le", OffsetDateTime.class).toInstant(), expireLe, ligne.getBoolean("revoque"),
						!expireLe.isAfter(maintenant));
			})
			.list();
		return new EtatDuPartage(avecStructures, liens);
	}

	/** The self-assessment a link opens, to read; unknown, revoked and expired are the same 404. */
	public Positionnement parLien(String secret) {
		var trouve = jdbc.sql("""
				select p.id, p.compte_id from lien_de_partage l join positionnement p on p.id = l.positionnement_id
				where l.empreinte = ? and l.revoque = false and l.expire_le > ?""")
			.params(empreinte(secret), horodatage(maintenant()))
			.query((ligne, n) -> new Auteur(ligne.getObject("id", UUID.class), ligne.getObject("compte_id", UUID.class)))
			.optional()
			.orElseThrow(PartageIntrouvable::lien);
		return positionnements.de(trouve.compteId(), trouve.positionnementId());
	}

	/** The structures the author was approved in, each with whom sharing with it shows the self-assessment to. */
	public List<StructurePourPartager> structuresPourPartager(UUID compteId) {
		return structures.approuveesDe(compteId)
			.stream()
			.map(a -> new StructurePourPartager(a.structureId(), a.nom(), structures.responsables(a.structureId())))
			.toList();
	}

	/**
	 * What approved members shared with the structures the asker is an approved manager of; authors who
	 * left, or whose request is pending or refused, are not shown.
	 */
	public List<PartageRecu> partagesAvecMoi(UUID compteId) {
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
			.params(compteId, RoleDansLaStructure.GESTIONNAIRE.name(), APPROUVEE, APPROUVEE)
			.query((ligne, n) -> new PartageRecu(ligne.getObject("id", UUID.class), ligne.getObject("structure_id", UUID.class),
					ligne.getString("nom"), ligne.getString("nom_affiche"),
					LocalDate.ofInstant(ligne.getObject("cree_le", OffsetDateTime.class).toInstant(), FRANCE),
					ligne.getObject("termine_le", OffsetDateTime.class) != null,
					ligne.getObject("partage_le", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** A self-assessment shared with a structure the asker manages, to read; any other is a 404. */
	public Positionnement partageAvecMoi(UUID compteId, UUID positionnementId) {
		var auteur = partagesAvecMoi(compteId).stream()
			.filter(partage -> partage.positionnementId().equals(positionnementId))
			.findFirst()
			.orElseThrow(PositionnementIntrouvable::new);
		return positionnements.de(auteurDe(auteur.positionnementId()), positionnementId);
	}

	/**
	 * The team of a structure the asker is an approved manager of: per mission and function, the mean
	 * level over the approved members who rated it (each member's latest shared self-assessment counts
	 * once), shown only where at least {@value #SEUIL_D_ANONYMAT} people rated it. No count is ever
	 * given: comparing two views must not single out the one person who joined or left.
	 */
	public Equipe equipe(UUID compteId, UUID structureId) {
		var structure = structures.approuveesDe(compteId)
			.stream()
			.filter(a -> a.structureId().equals(structureId) && a.role() == RoleDansLaStructure.GESTIONNAIRE)
			.findFirst()
			.orElseThrow(PartageIntrouvable::structure);
		var dernierParMembre = dernierPartageParMembre(structureId);
		if (dernierParMembre.size() < SEUIL_D_ANONYMAT) {
			return new Equipe(structureId, structure.nom(), false, List.of());
		}
		var niveaux = new LinkedHashMap<Code, List<Double>>();
		dernierParMembre.forEach((membre, id) -> {
			var positionnement = positionnements.de(membre, id);
			var perimetres = positionnements.perimetresDe(positionnement);
			for (var profil : Resultats.de(positionnement, perimetres, positionnements.referentielDe(positionnement)).profils()) {
				if (profil.moyenne() != null) {
					niveaux.computeIfAbsent(profil.code(), code -> new ArrayList<>()).add(profil.moyenne());
				}
			}
		});
		var moyennes = referentiels.dernierePubliee().perimetres().stream().map(perimetre -> {
			var donnes = niveaux.getOrDefault(perimetre.code(), List.of());
			var moyenne = donnes.size() < SEUIL_D_ANONYMAT ? null
					: donnes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			return new MoyenneDEquipe(perimetre.code(), perimetre.libelle(), moyenne);
		}).toList();
		return new Equipe(structureId, structure.nom(), true, moyennes);
	}

	/** When a new manager is approved, each approved member who shares with the structure is told where to stop. */
	@TransactionalEventListener
	void prevenirLesPartageants(ResponsableApprouve approuve) {
		var partagesParMembre = new LinkedHashMap<UUID, List<String>>();
		jdbc.sql("""
				select p.compte_id, p.id from partage_avec_structure ps
				join positionnement p on p.id = ps.positionnement_id
				join appartenance a on a.structure_id = ps.structure_id and a.compte_id = p.compte_id and a.statut = ?
				where ps.structure_id = ? and p.compte_id <> ? order by ps.partage_le""")
			.params(APPROUVEE, approuve.structureId(), approuve.responsableId())
			.query(ligne -> {
				partagesParMembre.computeIfAbsent(ligne.getObject("compte_id", UUID.class), membre -> new ArrayList<>())
					.add("/positionnements/" + ligne.getObject("id", UUID.class) + "#partager");
			});
		partagesParMembre.forEach((membre, chemins) -> structures.signalerNouveauResponsable(membre, approuve.structureId(),
				chemins));
	}

	/** Each approved member's latest self-assessment shared with the structure. */
	private LinkedHashMap<UUID, UUID> dernierPartageParMembre(UUID structureId) {
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

	private UUID auteurDe(UUID positionnementId) {
		return jdbc.sql("select compte_id from positionnement where id = ?").param(positionnementId).query(UUID.class).single();
	}

	private record Auteur(UUID positionnementId, UUID compteId) {
	}

	private Instant maintenant() {
		return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime horodatage(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String empreinte(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
