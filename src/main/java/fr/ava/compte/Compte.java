package fr.ava.compte;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A person's account. Its password hash never leaves the module. */
public record Compte(UUID id, String email, String nomAffiche, boolean emailConfirme, boolean aUnMotDePasse,
		Instant creeLe, Set<Role> roles) {

	public Compte {
		roles = Set.copyOf(roles);
	}

	public boolean a(Role role) {
		return roles.contains(role);
	}

	public boolean estAdministrateur() {
		return a(Role.ADMINISTRATEUR);
	}

}
