package fr.ava.recherche.internal;

/** The part of a job description a sentence belongs to, as its headings tell. */
public enum RubriqueDeFiche {

	/** Before any heading: employer, title, contract. */
	ENTETE,

	/** The employer and the context of the job. */
	CONTEXTE,

	/** What the person will do. */
	MISSIONS,

	/** What the person must know or be. */
	PROFIL,

	/** Contract, pay, hours, how to apply. */
	CONDITIONS

}
