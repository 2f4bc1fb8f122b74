package fr.ava.fichedeposte.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.ava.fichedeposte.Categorie;
import fr.ava.fichedeposte.FicheDePoste;
import fr.ava.fichedeposte.FicheEnregistree;
import fr.ava.fichedeposte.TempsDeTravail;
import fr.ava.fichedeposte.TravailEnSoiree;
import fr.ava.fichedeposte.TypeDEmployeur;
import fr.ava.fichedeposte.TypeDeTerritoire;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Version;

/**
 * Saved job descriptions in the database. A change rewrites the whole job description; the
 * service calls it inside one transaction, so nothing is ever saved half-way.
 */
@Repository
public class JdbcFichesDePoste {

	private static final String ACTIVITE = "ACTIVITE";

	private static final String COMPETENCE = "COMPETENCE";

	private static final String VALEUR = "VALEUR";

	private final JdbcClient jdbc;

	JdbcFichesDePoste(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void ajouter(FicheEnregistree enregistree) {
		var fiche = enregistree.fiche();
		var employeur = fiche.employeur();
		var poste = fiche.poste();
		var conditions = fiche.conditions();
		var annonce = fiche.annonce();
		jdbc.sql("""
				insert into fiche_de_poste (id, compte_id, version, cree_le, modifie_le, type_d_employeur, type_de_territoire,
				  nom_employeur, intitule, categorie, cadre_d_emplois, convention_collective, horaires, travail_en_soiree,
				  deplacements, permanences, rattachement, relations, finalite, temps_de_travail, quotite, remuneration,
				  profil, diplomes, prise_de_poste, contact, sans_apartes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(enregistree.id(), enregistree.compteId(), fiche.version().toString(), horodatage(enregistree.creeLe()),
					horodatage(enregistree.modifieLe()), nom(employeur.type()), nom(employeur.territoire()), employeur.nom(),
					poste.intitule(), nom(poste.categorie()), poste.cadreDEmplois(), poste.convention(), conditions.horaires(),
					nom(conditions.soiree()), conditions.deplacements(), conditions.permanences(), conditions.rattachement(),
					conditions.relations(), annonce.finalite(), nom(annonce.temps()), annonce.quotite(),
					annonce.remuneration(), annonce.profil(), annonce.diplomes(),
					annonce.dateDePriseDePoste().orElse(null), annonce.contact(), annonce.sansApartes())
			.update();
		ajouterLeContenu(enregistree.id(), fiche);
	}

	/** Replaces a saved job description by a new state of it, keeping its id, author and creation date. */
	public void remplacer(FicheEnregistree enregistree) {
		supprimer(enregistree.compteId(), enregistree.id());
		ajouter(enregistree);
	}

	public Optional<FicheEnregistree> de(UUID compteId, UUID id) {
		return jdbc.sql("select * from fiche_de_poste where id = ? and compte_id = ?")
			.params(id, compteId)
			.query((ligne, n) -> entete(ligne))
			.optional()
			.map(this::complete);
	}

	/** The account's job descriptions, the last changed first. */
	public List<FicheEnregistree> toutesDe(UUID compteId) {
		return jdbc.sql("select * from fiche_de_poste where compte_id = ? order by modifie_le desc, intitule")
			.param(compteId)
			.query((ligne, n) -> entete(ligne))
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	public void supprimer(UUID compteId, UUID id) {
		jdbc.sql("delete from fiche_de_poste where id = ? and compte_id = ?").params(id, compteId).update();
	}

	private void ajouterLeContenu(UUID id, FicheDePoste fiche) {
		var rang = new int[] { 0 };
		fiche.parts()
			.forEach(part -> jdbc.sql("insert into part_de_fiche (fiche_id, code, rang, pourcentage) values (?, ?, ?, ?)")
				.params(id, part.perimetre().valeur(), rang[0]++, part.pourcentage())
				.update());
		fiche.activites().codes().forEach(code -> element(id, ACTIVITE, rang[0]++, code.valeur(), null));
		fiche.activites().propres().forEach(texte -> element(id, ACTIVITE, rang[0]++, null, texte));
		fiche.competences().codes().forEach(code -> element(id, COMPETENCE, rang[0]++, code.valeur(), null));
		fiche.competences().propres().forEach(texte -> element(id, COMPETENCE, rang[0]++, null, texte));
		fiche.valeurs().forEach(code -> element(id, VALEUR, rang[0]++, code.valeur(), null));
	}

	private void element(UUID id, String nature, int rang, @Nullable String code, @Nullable String texte) {
		jdbc.sql("insert into element_de_fiche (fiche_id, nature, rang, code, texte) values (?, ?, ?, ?, ?)")
			.params(id, nature, rang, code, texte)
			.update();
	}

	/** The row of a job description, its parts and items still to read. */
	private record Entete(UUID id, UUID compteId, Instant creeLe, Instant modifieLe, FicheDePoste sansContenu) {
	}

	private static Entete entete(ResultSet ligne) throws SQLException {
		var employeur = new FicheDePoste.Employeur(TypeDEmployeur.valueOf(ligne.getString("type_d_employeur")),
				TypeDeTerritoire.valueOf(ligne.getString("type_de_territoire")), ligne.getString("nom_employeur"));
		var categorie = ligne.getString("categorie");
		var poste = new FicheDePoste.Poste(ligne.getString("intitule"),
				categorie == null ? null : Categorie.valueOf(categorie), ligne.getString("cadre_d_emplois"),
				ligne.getString("convention_collective"));
		var soiree = ligne.getString("travail_en_soiree");
		var conditions = new FicheDePoste.Conditions(ligne.getString("horaires"),
				soiree == null ? null : TravailEnSoiree.valueOf(soiree), ligne.getString("deplacements"),
				ligne.getString("permanences"), ligne.getString("rattachement"), ligne.getString("relations"));
		var temps = ligne.getString("temps_de_travail");
		var priseDePoste = ligne.getObject("prise_de_poste", LocalDate.class);
		var annonce = new FicheDePoste.Annonce(ligne.getString("finalite"),
				temps == null ? null : TempsDeTravail.valueOf(temps), ligne.getObject("quotite", Integer.class),
				ligne.getString("remuneration"), ligne.getString("profil"), ligne.getString("diplomes"),
				priseDePoste == null ? "" : priseDePoste.toString(), ligne.getString("contact"),
				ligne.getBoolean("sans_apartes"));
		var fiche = new FicheDePoste(Version.Numero.of(ligne.getString("version")), employeur, poste, List.of(),
				FicheDePoste.Choix.AUCUN, FicheDePoste.Choix.AUCUN, List.of(), conditions, annonce);
		return new Entete(ligne.getObject("id", UUID.class), ligne.getObject("compte_id", UUID.class),
				ligne.getObject("cree_le", OffsetDateTime.class).toInstant(),
				ligne.getObject("modifie_le", OffsetDateTime.class).toInstant(), fiche);
	}

	private FicheEnregistree complete(Entete entete) {
		var parts = jdbc.sql("select code, pourcentage from part_de_fiche where fiche_id = ? order by rang")
			.param(entete.id())
			.query((ligne, n) -> new FicheDePoste.Part(Code.of(ligne.getString("code")), ligne.getInt("pourcentage")))
			.list();
		var elements = new Elements();
		jdbc.sql("select nature, code, texte from element_de_fiche where fiche_id = ? order by rang")
			.param(entete.id())
			.query(ligne -> {
				elements.lire(ligne.getString("nature"), ligne.getString("code"), ligne.getString("texte"));
			});
		var sans = entete.sansContenu();
		var fiche = new FicheDePoste(sans.version(), sans.employeur(), sans.poste(), parts,
				new FicheDePoste.Choix(elements.activites, elements.activitesPropres),
				new FicheDePoste.Choix(elements.competences, elements.competencesPropres), elements.valeurs,
				sans.conditions(), sans.annonce());
		return new FicheEnregistree(entete.id(), entete.compteId(), entete.creeLe(), entete.modifieLe(), fiche);
	}

	private static final class Elements {

		private final List<Code> activites = new ArrayList<>();

		private final List<String> activitesPropres = new ArrayList<>();

		private final List<Code> competences = new ArrayList<>();

		private final List<String> competencesPropres = new ArrayList<>();

		private final List<Code> valeurs = new ArrayList<>();

		void lire(String nature, @Nullable String code, @Nullable String texte) {
			switch (nature) {
				case ACTIVITE -> ranger(code, texte, activites, activitesPropres);
				case COMPETENCE -> ranger(code, texte, competences, competencesPropres);
				default -> valeurs.add(Code.of(code));
			}
		}

		private static void ranger(@Nullable String code, @Nullable String texte, List<Code> codes, List<String> propres) {
			if (code != null) {
				codes.add(Code.of(code));
			}
			else {
				propres.add(texte);
			}
		}

	}

	private static @Nullable String nom(@Nullable Enum<?> valeur) {
		return valeur == null ? null : valeur.name();
	}

	private static OffsetDateTime horodatage(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
