package fr.ava.referentiel;

import java.util.List;

/**
 * How the source groups the missions: M1 and M2 form the job "Accompagnateur·trice Vie
 * Associative", M3 is a function attached to the territorial development job.
 */
public record GroupeDeMissions(Code code, String numeros, String titre, String texte, String rattachement,
		List<Code> missions) {

	public GroupeDeMissions {
		missions = List.copyOf(missions);
	}

}
