package fr.ava.fichedeposte;

/** Short job descriptions whose analysis is beyond doubt, shared by the analyser's tests. */
public final class FichesDExemple {

	/** Subsidies and agreements with associations, twice: administrative and financial management (FS01). */
	public static final String SUBVENTIONS = """
			Chargé·e de mission vie associative
			Missions :
			- Instruire les demandes de subvention des associations et préparer les conventions d'objectifs.
			- Suivre les dossiers de subvention, les bilans financiers et les comptes rendus d'utilisation des aides.
			- Accueillir, informer et orienter les bénévoles et les porteurs de projet associatif.
			Profil : permis B exigé.
			""";

	private FichesDExemple() {
	}

}
