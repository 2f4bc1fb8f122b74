package fr.ava.compte;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A login refused because too many failed before it; says in French how long to wait. */
public class ConnexionFreinee extends AuthenticationException {

	public ConnexionFreinee(Duration attente) {
		super("Trop de tentatives de connexion. Réessayez dans " + enFrancais(attente) + ".");
	}

	private static String enFrancais(Duration attente) {
		if (attente.toSeconds() < 60) {
			var secondes = Math.max(1, attente.toSeconds() + (attente.toMillisPart() > 0 ? 1 : 0));
			return secondes + (secondes > 1 ? " secondes" : " seconde");
		}
		var minutes = attente.toMinutes() + (attente.toSecondsPart() > 0 ? 1 : 0);
		return minutes + (minutes > 1 ? " minutes" : " minute");
	}

}
