package fr.ava.compte;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.ava.compte.internal.JdbcComptes;

/**
 * The structures accounts belong to. A structure with a SIREN or RNA number is shared by everyone
 * who gives that number; a manager of a structure is an employer for AVA.
 */
@Service
public class Structures {

	private static final Pattern SIREN = Pattern.compile("\\d{9}");

	/** "W", then the department (two characters, 2A/2B in Corsica), then seven digits. */
	private static final Pattern RNA = Pattern.compile("W[0-9][0-9AB]\\d{7}");

	private final JdbcClient jdbc;

	private final JdbcComptes comptes;

	Structures(JdbcClient jdbc, JdbcComptes comptes) {
		this.jdbc = jdbc;
		this.comptes = comptes;
	}

	public List<Appartenance> de(UUID compteId) {
		return jdbc.sql("""
				select a.id, s.id as structure_id, s.type, s.nom, s.siren, s.rna, a.role
				from appartenance a join structure s on s.id = a.structure_id
				where a.compte_id = ? order by s.nom""")
			.param(compteId)
			.query((ligne, n) -> new Appartenance(ligne.getObject("id", UUID.class),
					ligne.getObject("structure_id", UUID.class), TypeDeStructure.valueOf(ligne.getString("type")),
					ligne.getString("nom"), ligne.getString("siren"), ligne.getString("rna"),
					RoleDansLaStructure.valueOf(ligne.getString("role"))))
			.list();
	}

	/** Adds (or updates) the account's membership of a structure; a manager becomes an employer. */
	@Transactional
	public void declarer(UUID compteId, TypeDeStructure type, String nom, @Nullable String siren, @Nullable String rna,
			RoleDansLaStructure role) {
		var numeroSiren = numero(siren, SIREN, "siren", "compte.structure.siren");
		var numeroRna = numero(rna, RNA, "rna", "compte.structure.rna");
		if (numeroSiren != null && (!luhn(numeroSiren) || numeroSiren.equals("000000000"))) {
			throw new SaisieRefusee("siren", "compte.structure.siren");
		}
		var compte = comptes.parId(compteId).orElseThrow(CompteIntrouvable::new);
		var structure = existante(numeroSiren, numeroRna).orElseGet(() -> {
			var id = UUID.randomUUID();
			jdbc.sql("insert into structure (id, type, nom, siren, rna) values (?, ?, ?, ?, ?)")
				.params(id, type.name(), nom.strip(), numeroSiren, numeroRna)
				.update();
			return id;
		});
		var modifiees = jdbc.sql("update appartenance set role = ? where compte_id = ? and structure_id = ?")
			.params(role.name(), compteId, structure)
			.update();
		if (modifiees == 0) {
			jdbc.sql("insert into appartenance (id, compte_id, structure_id, role) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), compteId, structure, role.name())
				.update();
		}
		if (role == RoleDansLaStructure.GESTIONNAIRE && !compte.a(Role.EMPLOYEUR)) {
			var roles = new HashSet<>(compte.roles());
			roles.add(Role.EMPLOYEUR);
			comptes.definirRoles(compteId, roles);
		}
	}

	/** Leaves a structure; another account's membership is as unknown as a missing one (404). */
	@Transactional
	public void quitter(UUID compteId, UUID appartenanceId) {
		if (jdbc.sql("delete from appartenance where id = ? and compte_id = ?").params(appartenanceId, compteId).update() == 0) {
			throw new AppartenanceIntrouvable();
		}
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
