package fr.ava.compte;

import java.util.UUID;

/**
 * A part of what AVA holds about a person, listed in their "Mes données" download. Each module that
 * keeps personal data provides one; deleting the account deletes them all (foreign keys).
 */
public interface DonneesPersonnelles {

	/** The name of the part in the download, such as "compte". */
	String rubrique();

	/** The part, as plain data that Jackson writes. */
	Object de(UUID compteId);

}
