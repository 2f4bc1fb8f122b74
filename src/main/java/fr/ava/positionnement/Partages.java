package fr.ava.positionnement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.ava.compte.ResponsableApprouve;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.positionnement.internal.LiensDePartageEnBase;
import fr.ava.positionnement.internal.PartagesAvecStructuresEnBase;
import fr.ava.referentiel.Code;
import fr.ava.socle.RequeteInvalide;
import fr.ava.socle.Secrets;

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

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

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

	private final PartagesAvecStructuresEnBase avecStructures;

	private final LiensDePartageEnBase liens;

	private final MoyennesDesEquipes moyennes;

	private final Positionnements positionnements;

	private final Structures structures;

	private final Clock horloge;

	Partages(PartagesAvecStructuresEnBase avecStructures, LiensDePartageEnBase liens, MoyennesDesEquipes moyennes,
			Positionnements positionnements, Structures structures, Clock horloge) {
		this.avecStructures = avecStructures;
		this.liens = liens;
		this.moyennes = moyennes;
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
		avecStructures.partager(positionnementId, structureId, maintenant());
	}

	/** Stops sharing with a structure, at once. */
	@Transactional
	public void retirerPartage(UUID compteId, UUID positionnementId, UUID structureId) {
		positionnements.de(compteId, positionnementId);
		if (!avecStructures.retirer(positionnementId, structureId)) {
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
		var secret = Secrets.nouveau();
		var id = UUID.randomUUID();
		var maintenant = maintenant();
		var expire = maintenant.plus(Duration.ofDays(jours));
		liens.creer(id, positionnementId, secret, maintenant, expire);
		return new LienCree(id, secret, expire);
	}

	/** Revokes one of the author's links: it stops working at once; another's is a 404. */
	@Transactional
	public void revoquerLien(UUID compteId, UUID positionnementId, UUID lienId) {
		positionnements.de(compteId, positionnementId);
		if (!liens.revoquer(positionnementId, lienId)) {
			throw PartageIntrouvable.lien();
		}
	}

	/** The structures and links the author's self-assessment is shared with. */
	public EtatDuPartage partagesDe(UUID compteId, UUID positionnementId) {
		positionnements.de(compteId, positionnementId);
		return new EtatDuPartage(avecStructures.de(positionnementId), liens.de(positionnementId, maintenant()));
	}

	/** The self-assessment a link opens, to read; unknown, revoked and expired are the same 404. */
	public Positionnement parLien(String secret) {
		var ouvert = liens.ouvrir(secret, maintenant()).orElseThrow(PartageIntrouvable::lien);
		return positionnements.de(ouvert.compteId(), ouvert.positionnementId());
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
		return avecStructures.recusPar(compteId);
	}

	/** A self-assessment shared with a structure the asker manages, to read; any other is a 404. */
	public Positionnement partageAvecMoi(UUID compteId, UUID positionnementId) {
		var partage = partagesAvecMoi(compteId).stream()
			.filter(recu -> recu.positionnementId().equals(positionnementId))
			.findFirst()
			.orElseThrow(PositionnementIntrouvable::new);
		return positionnements.de(avecStructures.auteurDe(partage.positionnementId()), positionnementId);
	}

	/** The team of a structure the asker is an approved manager of, with its anonymous means. */
	public Equipe equipe(UUID compteId, UUID structureId) {
		var structure = structures.approuveesDe(compteId)
			.stream()
			.filter(a -> a.structureId().equals(structureId) && a.role() == RoleDansLaStructure.GESTIONNAIRE)
			.findFirst()
			.orElseThrow(PartageIntrouvable::structure);
		return moyennes.de(structureId, structure.nom());
	}

	/** When a new manager is approved, each approved member who shares with the structure is told where to stop. */
	@TransactionalEventListener
	void prevenirLesPartageants(ResponsableApprouve approuve) {
		avecStructures.partagesParMembreSauf(approuve.structureId(), approuve.responsableId())
			.forEach((membre, partages) -> structures.signalerNouveauResponsable(membre, approuve.structureId(),
					partages.stream().map(id -> "/positionnements/" + id + "#partager").toList()));
	}

	private Instant maintenant() {
		return Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
	}

}
