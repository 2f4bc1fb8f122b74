package fr.ava.compte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import fr.ava.BoiteMailDeTest;
import fr.ava.compte.Appartenance;
import fr.ava.compte.Compte;
import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;
import fr.ava.export.ExportCase;
import fr.ava.fichedeposte.AnalysesEnregistrees;
import fr.ava.fichedeposte.Corpus;
import fr.ava.fichedeposte.FicheDePoste;
import fr.ava.document.FichierRecu;
import fr.ava.fichedeposte.FichesDExemple;
import fr.ava.fichedeposte.FichesDePoste;
import fr.ava.fichedeposte.TypeDEmployeur;
import fr.ava.fichedeposte.TypeDeTerritoire;
import fr.ava.positionnement.Niveau;
import fr.ava.positionnement.Partages;
import fr.ava.positionnement.Positionnement;
import fr.ava.positionnement.Positionnements;
import fr.ava.positionnement.Sens;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Referentiels;

/**
 * Who may open what: every route of the application (the controllers' and Spring Security's login
 * and logout) asked by an anonymous visitor and by an account of each role, acting on its own data.
 * A route added to a controller and forgotten here makes {@link #chaqueRouteDesControleursEstDansLaMatrice}
 * fail. Another account's identifier is a 404, never a 403, and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MatriceDAutorisationTests {

	private static final String MOT_DE_PASSE = "Matrice-des-droits-2025";

	private static final String NOUVEAU_MOT_DE_PASSE = "Autre-Matrice-des-droits-2026";

	private static final String TURTLE = "text/turtle";

	private static final String HTML = "text/html";

	private static final String REFUS_DE_ROLE = "Cette page est réservée à d'autres rôles que le vôtre.";

	/** The accounts of the routes that change nothing, one per role, shared by the invocations. */
	private static final Map<Role, Compte> COMPTES_EN_LECTURE = new HashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	Structures structures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Positionnements positionnements;

	@Autowired
	Partages partages;

	@Autowired
	ExportCase exportCase;

	@Autowired
	FichesDePoste fichesDePoste;

	@Autowired
	AnalysesEnregistrees analysesEnregistrees;

	@Autowired
	Corpus corpus;

	@Autowired
	Referentiels referentiels;

	@Autowired
	WebApplicationContext contexte;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routesDesControleurs;

	/** Who asks: nobody logged in, or a confirmed account of one role (plus accompagnateur·trice). */
	enum Acteur {

		ANONYME(null), ACCOMPAGNATEUR(Role.ACCOMPAGNATEUR), EMPLOYEUR(Role.EMPLOYEUR), FORMATEUR(Role.FORMATEUR),
		CURATEUR(Role.CURATEUR), ADMINISTRATEUR(Role.ADMINISTRATEUR);

		private final @Nullable Role role;

		Acteur(@Nullable Role role) {
			this.role = role;
		}

		@Override
		public String toString() {
			return role == null ? "anonyme" : role.libelle().toLowerCase();
		}

	}

	/** Who a route is for. */
	enum Acces {

		/** Anyone, logged in or not. */
		PUBLIC,
		/** A logged-in person, about their own account only. */
		PERSONNEL,
		/** The same, through the API: a caller not logged in gets 401, not the login page. */
		API_PERSONNELLE,
		/** The administrators. */
		ADMINISTRATION,
		/** The curators and the administrators. */
		CURATION

	}

	/** What the matrix expects of a route asked by an actor. */
	enum Issue {

		REUSSIT("réussit"), RENVOIE_A_LA_CONNEXION("renvoie à la connexion"), EST_INTERDITE("403"),
		DEMANDE_UNE_AUTHENTIFICATION("401");

		private final String libelle;

		Issue(String libelle) {
			this.libelle = libelle;
		}

		static Issue de(Acces acces, Acteur acteur) {
			if (acces == Acces.PUBLIC) {
				return REUSSIT;
			}
			if (acteur == Acteur.ANONYME) {
				return acces == Acces.API_PERSONNELLE ? DEMANDE_UNE_AUTHENTIFICATION : RENVOIE_A_LA_CONNEXION;
			}
			if (acces == Acces.CURATION) {
				return acteur == Acteur.CURATEUR || acteur == Acteur.ADMINISTRATEUR ? REUSSIT : EST_INTERDITE;
			}
			return acces == Acces.ADMINISTRATION && acteur != Acteur.ADMINISTRATEUR ? EST_INTERDITE : REUSSIT;
		}

		@Override
		public String toString() {
			return libelle;
		}

	}

	@FunctionalInterface
	interface Preparation {

		void preparer(Scene scene, AbstractMockHttpServletRequestBuilder<?> requete) throws Exception;

	}

	/** The preparation of a form that sends files (multipart). */
	@FunctionalInterface
	interface Televersement extends Preparation {

	}

	@FunctionalInterface
	interface Attente {

		void verifier(Scene scene, ResultActions reponse) throws Exception;

	}

	@FunctionalInterface
	interface Constat {

		void verifier(Scene scene) throws Exception;

	}

	/**
	 * A route of the matrix. Its address may hold {appartenance}, {compte}, {document}, {item},
	 * {association}, {positionnement}, {structure}, {lien}, {secret}, {partage}, {demande}, {orpheline}, {fiche}, {analyse} and {corpus}, filled by the {@link Scene}. {@code envoie} is the type of what is sent, for an address that reads several. {@code controleur} is false for the routes that
	 * Spring Security or a library serve without a controller of AVA.
	 */
	record Route(String verbe, String chemin, @Nullable String accepte, @Nullable String envoie, Acces acces,
			boolean controleur, Preparation preparation, Attente succes, Constat inchange) {

		Route(String verbe, String chemin, @Nullable String accepte, Acces acces, boolean controleur, Preparation preparation,
				Attente succes, Constat inchange) {
			this(verbe, chemin, accepte, null, acces, controleur, preparation, succes, inchange);
		}

		@Override
		public String toString() {
			return verbe + " " + chemin + (TURTLE.equals(accepte) ? " (Turtle)" : "") + (envoie == null ? "" : " (" + envoie + ")");
		}

	}

	private static final Preparation RIEN = (scene, requete) -> {
	};

	private static final Constat RIEN_A_VERIFIER = scene -> {
	};

	private static Route publique(String verbe, String chemin, Attente succes) {
		return new Route(verbe, chemin, null, Acces.PUBLIC, true, RIEN, succes, RIEN_A_VERIFIER);
	}

	private static Route publique(String verbe, String chemin, String accepte, Attente succes) {
		return new Route(verbe, chemin, accepte, Acces.PUBLIC, true, RIEN, succes, RIEN_A_VERIFIER);
	}

	private static Route publique(String verbe, String chemin, Preparation preparation, Attente succes) {
		return new Route(verbe, chemin, null, Acces.PUBLIC, true, preparation, succes, RIEN_A_VERIFIER);
	}

	private static Route horsControleur(String verbe, String chemin, Preparation preparation, Attente succes) {
		return new Route(verbe, chemin, null, Acces.PUBLIC, false, preparation, succes, RIEN_A_VERIFIER);
	}

	private static Route personnelle(String verbe, String chemin, Preparation preparation, Attente succes,
			Constat inchange) {
		return new Route(verbe, chemin, null, Acces.PERSONNEL, true, preparation, succes, inchange);
	}

	private static Route publiqueEnvoyant(String verbe, String chemin, String envoie, Preparation preparation, Attente succes) {
		return new Route(verbe, chemin, null, envoie, Acces.PUBLIC, true, preparation, succes, RIEN_A_VERIFIER);
	}

	private static Route curation(String verbe, String chemin, Preparation preparation, Attente succes, Constat inchange) {
		return new Route(verbe, chemin, null, Acces.CURATION, true, preparation, succes, inchange);
	}

	/** A job description sent as a file, in the field the analysis API reads. */
	private static Televersement unFichier() {
		return (scene, requete) -> ((MockMultipartHttpServletRequestBuilder) requete).file(new MockMultipartFile("fichier",
				"fiche.txt", "text/plain", FichesDExemple.SUBVENTIONS.getBytes(StandardCharsets.UTF_8)));
	}

	/** A batch of one job description for a corpus. */
	private static Televersement unLot() {
		return (scene, requete) -> ((MockMultipartHttpServletRequestBuilder) requete)
			.file(new MockMultipartFile("fichiers", "fiche.txt", "text/plain",
					FichesDExemple.SUBVENTIONS.getBytes(StandardCharsets.UTF_8)))
			.param("nom", scene.nomNeuf("Corpus envoyé"))
			.param("employeur", "COMMUNE")
			.param("territoire", "RURAL");
	}

	private static Attente ok() {
		return (scene, reponse) -> reponse.andExpect(status().isOk());
	}

	private static Attente ok(String texte) {
		return (scene, reponse) -> reponse.andExpect(status().isOk()).andExpect(content().string(containsString(texte)));
	}

	private static Attente redirige(String adresse) {
		return (scene, reponse) -> reponse.andExpect(status().isFound()).andExpect(redirectedUrl(adresse));
	}

	private static Attente fichier(String type) {
		return (scene, reponse) -> reponse.andExpect(status().isOk()).andExpect(content().contentType(type));
	}

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static Attente introuvable() {
		return (scene, reponse) -> reponse.andExpect(status().isNotFound());
	}

	/** Every route that exists today, in the order of the controllers. */
	static List<Route> routes() {
		return List.of(
				// The framework, its search, its exports and its API: public
				publique("GET", "/", ok("Accompagnement organisationnel")),
				publique("GET", "/referentiel/1.0", ok("Accompagnement organisationnel")),
				publique("GET", "/referentiel/1.0/missions/accompagnement-organisationnel", HTML, ok()),
				publique("GET", "/referentiel/1.0/fonctions/veille", HTML, ok("Rechercher des informations")),
				publique("GET", "/referentiel/1.0/competences", ok()),
				publique("GET", "/referentiel/1.0/activites", ok()),
				publique("GET", "/referentiel/1.0/valeurs", ok()),
				publique("GET", "/referentiel/1.0/contexte", ok()),
				publique("GET", "/referentiel/1.0/elements/FT01-C02", HTML, ok("Rechercher des informations")),
				publique("GET", "/referentiel", redirige("/referentiel/1.0")),
				publique("GET", "/referentiel/competences", redirige("/referentiel/1.0/competences")),
				publique("GET", "/referentiel/fonctions/veille", redirige("/referentiel/1.0/fonctions/veille")),
				publique("GET", "/referentiel/1.0/telecharger", ok("/api/v1/versions/1.0/export.csv")),
				publique("GET", "/referentiel/1.0/elements/FT01-C02", TURTLE, ok()),
				publique("GET", "/referentiel/1.0/missions/accompagnement-organisationnel", TURTLE, ok()),
				publique("GET", "/referentiel/1.0/fonctions/veille", TURTLE, ok()),
				publique("GET", "/recherche?q=x", ok()),
				publique("GET", "/api/v1/versions", ok("\"1.0\"")),
				publique("GET", "/api/v1/versions/1.0", ok()),
				publique("GET", "/api/v1/versions/1.0/elements/FT01-C02", ok("Rechercher des informations")),
				publique("GET", "/api/v1/versions/1.0/export.csv", ok("FT01-C02")),
				publique("GET", "/api/v1/recherche?q=veille", ok()),
				publique("GET", "/api/v1/nulle-part", introuvable()),
				publique("POST", "/api/v1/nulle-part", introuvable()),
				publique("GET", "/ims/case/v1p1/CFDocuments", ok()),
				publique("GET", "/ims/case/v1p1/CFDocuments/{document}", ok()),
				publique("GET", "/ims/case/v1p1/CFPackages/{document}", ok()),
				publique("GET", "/ims/case/v1p1/CFItems/{item}", ok()),
				publique("GET", "/ims/case/v1p1/CFAssociations/{association}", ok()),

				// Sign-up, login, forgotten password, privacy: public
				publique("GET", "/inscription", ok("Créer un compte")),
				publique("POST", "/inscription", (scene, requete) -> {
					var email = scene.nouvelleAdresse();
					scene.retenir("inscription", email);
					requete.param("email", email)
						.param("nomAffiche", "Dominique Inscrite")
						.param("motDePasse", MOT_DE_PASSE)
						.param("confirmation", MOT_DE_PASSE);
				}, (scene, reponse) -> {
					reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/inscription/envoyee"));
					assertThat(scene.comptes().parEmail(scene.retenu("inscription")))
						.hasValueSatisfying(compte -> assertThat(compte.emailConfirme()).isFalse());
				}),
				publique("GET", "/inscription/envoyee", ok("Vérifiez votre messagerie")),
				publique("GET", "/inscription/confirmation?jeton=un-jeton", ok("Confirmer mon adresse")),
				publique("POST", "/inscription/confirmation",
						(scene, requete) -> requete.param("jeton", scene.jetonDeConfirmation()),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/connexion?confirme"));
							assertThat(scene.comptes().parEmail(scene.retenu("confirmation")))
								.hasValueSatisfying(compte -> assertThat(compte.emailConfirme()).isTrue());
						}),
				publique("GET", "/connexion", ok("Se connecter")),
				horsControleur("POST", "/connexion", (scene, requete) -> requete.param("email", scene.tiers().email())
					.param("motDePasse", MOT_DE_PASSE), redirige("/tableau-de-bord")),
				publique("GET", "/deconnexion", ok("Me déconnecter")),
				horsControleur("POST", "/deconnexion", RIEN, redirige("/connexion?deconnecte")),
				publique("GET", "/mot-de-passe-oublie", ok("Recevoir un lien")),
				publique("POST", "/mot-de-passe-oublie", (scene, requete) -> requete.param("email", scene.tiers().email()),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/mot-de-passe-oublie/envoye"));
							assertThat(BoiteMailDeTest.dernierMessagePour(scene.tiers().email()))
								.contains("/mot-de-passe-oublie/nouveau?jeton=");
						}),
				publique("GET", "/mot-de-passe-oublie/envoye", ok("Vérifiez votre messagerie")),
				publique("GET", "/mot-de-passe-oublie/nouveau",
						(scene, requete) -> requete.param("jeton", scene.jetonDeReinitialisation()),
						ok("Choisir un nouveau mot de passe")),
				publique("POST", "/mot-de-passe-oublie/nouveau",
						(scene, requete) -> requete.param("jeton", scene.jetonDeReinitialisation())
							.param("motDePasse", NOUVEAU_MOT_DE_PASSE)
							.param("confirmation", NOUVEAU_MOT_DE_PASSE),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/connexion?reinitialise"));
							assertThatCode(() -> scene.comptes().verifierMotDePasse(scene.tiers().id(), NOUVEAU_MOT_DE_PASSE))
								.doesNotThrowAnyException();
						}),
				publique("GET", "/confidentialite", ok("Politique de confidentialité")),
				publique("GET", "/compte-supprime", ok("Votre compte est supprimé")),

				// Routes of the libraries, public as well
				new Route("GET", "/api/openapi", null, Acces.PUBLIC, false, RIEN, ok("API AVA"), RIEN_A_VERIFIER),
				new Route("GET", "/api/docs", null, Acces.PUBLIC, false, RIEN,
						(scene, reponse) -> reponse.andExpect(status().is3xxRedirection()), RIEN_A_VERIFIER),
				new Route("GET", "/actuator/health", null, Acces.PUBLIC, false, RIEN, ok("UP"), RIEN_A_VERIFIER),
				new Route("GET", "/ressources/css/ava.css", null, Acces.PUBLIC, false, RIEN, ok(), RIEN_A_VERIFIER),

				// My account, my data: the person logged in, about themselves
				personnelle("GET", "/tableau-de-bord", RIEN, ok("Tableau de bord"), RIEN_A_VERIFIER),
				personnelle("GET", "/mon-compte", RIEN, (scene, reponse) -> reponse.andExpect(status().isOk())
					.andExpect(content().string(containsString(scene.compte().email()))), RIEN_A_VERIFIER),
				personnelle("POST", "/mon-compte/nom", (scene, requete) -> requete.param("nomAffiche", "Nom Changé"),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/mon-compte"));
							assertThat(scene.comptes().compte(scene.compte().id()).nomAffiche()).isEqualTo("Nom Changé");
						}, RIEN_A_VERIFIER),
				personnelle("POST", "/mon-compte/mot-de-passe",
						(scene, requete) -> requete.param("motDePasseActuel", MOT_DE_PASSE)
							.param("motDePasse", NOUVEAU_MOT_DE_PASSE)
							.param("confirmation", NOUVEAU_MOT_DE_PASSE),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/mon-compte"));
							assertThatCode(() -> scene.comptes().verifierMotDePasse(scene.compte().id(), NOUVEAU_MOT_DE_PASSE))
								.doesNotThrowAnyException();
						}, RIEN_A_VERIFIER),
				personnelle("POST", "/mon-compte/email", (scene, requete) -> {
					var nouvelle = scene.nouvelleAdresse();
					scene.retenir("nouvelle adresse", nouvelle);
					requete.param("motDePasseActuel", MOT_DE_PASSE).param("email", nouvelle);
				}, (scene, reponse) -> {
					reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/mon-compte"));
					assertThat(BoiteMailDeTest.dernierMessagePour(scene.retenu("nouvelle adresse")))
						.contains("/mon-compte/email?jeton=");
					assertThat(scene.comptes().compte(scene.compte().id()).email()).isEqualTo(scene.compte().email());
				}, RIEN_A_VERIFIER),
				personnelle("GET", "/mon-compte/email?jeton=un-jeton", RIEN, ok("Confirmer ma nouvelle adresse"),
						RIEN_A_VERIFIER),
				personnelle("POST", "/mon-compte/email/confirmation",
						(scene, requete) -> requete.param("jeton", scene.jetonDeChangementDAdresse()),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/mon-compte"));
							assertThat(scene.comptes().compte(scene.compte().id()).email())
								.isEqualTo(scene.retenu("adresse confirmée"));
						}, RIEN_A_VERIFIER),
				personnelle("POST", "/mon-compte/structures",
						(scene, requete) -> requete.param("type", TypeDeStructure.COMMUNE.name())
							.param("nom", "Commune de la matrice")
							.param("role", RoleDansLaStructure.MEMBRE.name()),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/mon-compte"));
							assertThat(scene.structures().de(scene.compte().id()))
								.extracting(a -> a.nom())
								.containsExactly("Commune de la matrice");
						}, RIEN_A_VERIFIER),
				personnelle("POST", "/mon-compte/structures/{appartenance}/quitter", RIEN, (scene, reponse) -> {
					reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/mon-compte"));
					assertThat(scene.structures().de(scene.compte().id())).isEmpty();
				}, scene -> assertThat(scene.structures().de(scene.proprietaireDeLAppartenance()))
					.extracting(a -> a.id())
					.contains(scene.appartenance())),
				personnelle("GET", "/mes-donnees", RIEN, ok("Télécharger mes données"), RIEN_A_VERIFIER),
				personnelle("GET", "/mes-donnees/export.json", RIEN, (scene, reponse) -> reponse.andExpect(status().isOk())
					.andExpect(jsonPath("$.compte.email").value(scene.compte().email()))
					.andExpect(jsonPath("$.compte.id").value(scene.compte().id().toString())), RIEN_A_VERIFIER),
				personnelle("POST", "/mes-donnees/suppression",
						(scene, requete) -> requete.param("confirmation", MOT_DE_PASSE), (scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/compte-supprime"));
							assertThat(scene.comptes().parId(scene.compte().id())).isEmpty();
						}, RIEN_A_VERIFIER),

				// My self-assessments: the author only
				personnelle("GET", "/positionnements", RIEN, ok("Mes positionnements"), RIEN_A_VERIFIER),
				personnelle("GET", "/positionnements/nouveau", RIEN, ok("Nouveau positionnement"), RIEN_A_VERIFIER),
				personnelle("POST", "/positionnements", (scene, requete) -> requete.param("perimetre", "FT01"),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.positionnements().tousDe(scene.compte().id())).singleElement()
								.satisfies(p -> assertThat(p.perimetres()).extracting(Code::valeur)
									.containsExactlyInAnyOrder("M1", "M2", "FT01"));
						}, RIEN_A_VERIFIER),
				personnelle("GET", "/positionnements/{positionnement}", RIEN, ok("Mon positionnement"), RIEN_A_VERIFIER),
				personnelle("GET", "/positionnements/comparaison?avant={positionnement}&apres={positionnement}", RIEN,
						ok("Comparer deux positionnements"), RIEN_A_VERIFIER),
				personnelle("GET", "/positionnements/{positionnement}/perimetres/FT01", RIEN, ok("Rechercher des informations"),
						RIEN_A_VERIFIER),
				personnelle("POST", "/positionnements/{positionnement}/perimetres/FT01",
						(scene, requete) -> requete.param("n_FT01-C02", "3"), (scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.positionnementDeLActeur().niveau(Code.of("FT01-C02"))).isEqualTo(Niveau.AUTONOMIE);
						}, scene -> assertThat(scene.positionnementDuTiers().reponses()).isEmpty()),
				personnelle("GET", "/positionnements/{positionnement}/valeurs", RIEN, ok("Valeurs et éléments de posture"),
						RIEN_A_VERIFIER),
				personnelle("POST", "/positionnements/{positionnement}/valeurs",
						(scene, requete) -> requete.param("s_V01", "FORCE"), (scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.positionnementDeLActeur().reponse(Code.of("V01")).sens()).isEqualTo(Sens.FORCE);
						}, scene -> assertThat(scene.positionnementDuTiers().reponses()).isEmpty()),
				personnelle("GET", "/positionnements/{positionnement}/terminer", (scene, requete) -> scene.repondreAuPositionnement(),
						ok("Terminer mon positionnement ?"), RIEN_A_VERIFIER),
				personnelle("POST", "/positionnements/{positionnement}/terminer", (scene, requete) -> scene.repondreAuPositionnement(),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.positionnementDeLActeur().estTermine()).isTrue();
						}, scene -> assertThat(scene.positionnementDuTiers().estTermine()).isFalse()),
				personnelle("POST", "/positionnements/{positionnement}/nom", (scene, requete) -> requete.param("nom", "Nom de la matrice"),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.positionnementDeLActeur().nom()).isEqualTo("Nom de la matrice");
						}, scene -> assertThat(scene.positionnementDuTiers().nom()).isNull()),
				personnelle("GET", "/positionnements/{positionnement}/suppression", RIEN, ok("Supprimer ce positionnement ?"),
						RIEN_A_VERIFIER),
				personnelle("POST", "/positionnements/{positionnement}/suppression", RIEN, (scene, reponse) -> {
					reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/positionnements"));
					assertThat(scene.positionnements().tousDe(scene.compte().id())).isEmpty();
				}, scene -> assertThat(scene.positionnements().tousDe(scene.tiers().id())).hasSize(1)),
				personnelle("GET", "/positionnements/{positionnement}/resultats", RIEN, ok("Mes résultats"), RIEN_A_VERIFIER),
				personnelle("GET", "/positionnements/{positionnement}/rapport.pdf?inclure=profil", RIEN,
						(scene, reponse) -> reponse.andExpect(status().isOk())
							.andExpect(content().contentType("application/pdf")),
						RIEN_A_VERIFIER),
				new Route("GET", "/api/v1/moi/positionnements", null, Acces.API_PERSONNELLE, true, RIEN,
						(scene, reponse) -> reponse.andExpect(status().isOk()).andExpect(jsonPath("$").isArray()),
						RIEN_A_VERIFIER),
				new Route("GET", "/api/v1/moi/positionnements/{positionnement}", null, Acces.API_PERSONNELLE, true, RIEN,
						(scene, reponse) -> reponse.andExpect(status().isOk())
							.andExpect(jsonPath("$.id").value(scene.positionnement().toString())),
						RIEN_A_VERIFIER),

				// Sharing a self-assessment: the author shares and revokes; a link's page is public, read-only;
				// a structure's manager reads what was shared with it and the team's anonymous means
				personnelle("POST", "/positionnements/{positionnement}/partages",
						(scene, requete) -> requete.param("structure", scene.structure().toString()), (scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.partages().partagesDe(scene.compte().id(), scene.positionnement()).structures())
								.hasSize(1);
						}, scene -> assertThat(scene.partages().partagesDe(scene.tiers().id(), scene.positionnement()).structures())
							.isEmpty()),
				personnelle("POST", "/positionnements/{positionnement}/partages/{structure}/retirer",
						(scene, requete) -> scene.partagerAvecLaStructure(), (scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.partages().partagesDe(scene.compte().id(), scene.positionnement()).structures())
								.isEmpty();
						}, scene -> assertThat(scene.partages().partagesDe(scene.tiers().id(), scene.positionnement()).structures())
							.hasSize(1)),
				personnelle("POST", "/positionnements/{positionnement}/liens", (scene, requete) -> requete.param("duree", "7"),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound())
								.andExpect(flash().attribute("lienCree", containsString("/partage/")));
							assertThat(scene.partages().partagesDe(scene.compte().id(), scene.positionnement()).liens())
								.hasSize(1);
						}, scene -> assertThat(scene.partages().partagesDe(scene.tiers().id(), scene.positionnement()).liens())
							.isEmpty()),
				personnelle("POST", "/positionnements/{positionnement}/liens/{lien}/revoquer", RIEN, (scene, reponse) -> {
					reponse.andExpect(status().isFound());
					assertThat(scene.partages().partagesDe(scene.compte().id(), scene.positionnement()).liens())
						.singleElement()
						.satisfies(lien -> assertThat(lien.revoque()).isTrue());
				}, scene -> assertThat(scene.partages().partagesDe(scene.tiers().id(), scene.positionnement()).liens())
					.singleElement()
					.satisfies(lien -> assertThat(lien.actif()).isTrue())),
				publique("GET", "/partage/{secret}", ok("Positionnement partagé")),
				personnelle("GET", "/positionnements/partages-avec-moi", RIEN, ok("Positionnements partagés avec moi"),
						RIEN_A_VERIFIER),
				personnelle("GET", "/positionnements/partages-avec-moi/{partage}", RIEN, ok("Positionnement partagé"),
						RIEN_A_VERIFIER),
				personnelle("GET", "/structures/{structure}/equipe", RIEN, ok("synthèse anonyme"), RIEN_A_VERIFIER),

				// Requests to join a structure: its approved managers decide, the administrators for a structure
				// without any
				personnelle("GET", "/structures/{structure}/demandes", RIEN, ok("Demandes pour rejoindre la structure"),
						RIEN_A_VERIFIER),
				personnelle("POST", "/structures/{structure}/demandes/{demande}/approuver",
						(scene, requete) -> requete.param("message", "Bienvenue"), (scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.statutDe(scene.demande())).isEqualTo(Appartenance.Statut.APPROUVEE);
						}, scene -> assertThat(scene.statutDe(scene.demande())).isEqualTo(Appartenance.Statut.EN_ATTENTE)),
				personnelle("POST", "/structures/{structure}/demandes/{demande}/refuser", RIEN, (scene, reponse) -> {
					reponse.andExpect(status().isFound());
					assertThat(scene.statutDe(scene.demande())).isEqualTo(Appartenance.Statut.REFUSEE);
				}, scene -> assertThat(scene.statutDe(scene.demande())).isEqualTo(Appartenance.Statut.EN_ATTENTE)),

				// Job descriptions: the builder, its preview and exports are public; saved ones are their author's
				publique("GET", "/fiches-de-poste", ok("Rédiger une fiche de poste")),
				publique("GET", "/fiches-de-poste/nouvelle?codes=M1,ZZ9&intitule=Agent", ok("Étape 1 sur 8")),
				publique("POST", "/fiches-de-poste/redaction",
						(scene, requete) -> requete.param("etape", "1").param("employeur", "COMMUNE").param("territoire", "URBAIN"),
						ok("Étape 2 sur 8")),
				publique("POST", "/fiches-de-poste/redaction/total", (scene, requete) -> requete.param("part-M1", "100"),
						ok("100 %")),
				publique("POST", "/fiches-de-poste/brouillon.docx",
						(scene, requete) -> requete.params(FichesDExemple.champsRealistes()), fichier(DOCX)),
				publique("POST", "/fiches-de-poste/brouillon.pdf",
						(scene, requete) -> requete.params(FichesDExemple.champsRealistes()), fichier("application/pdf")),
				// A visitor's draft is kept in their session while they log in; the page that gives it back
				// is behind the login, and without a draft leads to a new one
				publique("POST", "/fiches-de-poste/brouillon",
						(scene, requete) -> requete.params(FichesDExemple.champsRealistes()),
						redirige("/fiches-de-poste/mes-fiches/brouillon")),
				personnelle("GET", "/fiches-de-poste/mes-fiches/brouillon", RIEN, redirige("/fiches-de-poste/nouvelle"),
						RIEN_A_VERIFIER),
				personnelle("GET", "/fiches-de-poste/mes-fiches", RIEN, ok("Mes fiches de poste"), RIEN_A_VERIFIER),
				personnelle("POST", "/fiches-de-poste/mes-fiches",
						(scene, requete) -> requete.params(FichesDExemple.champsRealistes()), (scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.fichesDePoste().toutesDe(scene.compte().id())).singleElement()
								.satisfies(f -> assertThat(f.fiche()).isEqualTo(FichesDExemple.realiste()));
						}, RIEN_A_VERIFIER),
				personnelle("GET", "/fiches-de-poste/mes-fiches/{fiche}", RIEN, ok(FichesDExemple.INTITULE), RIEN_A_VERIFIER),
				personnelle("GET", "/fiches-de-poste/mes-fiches/{fiche}/modifier", RIEN, ok("Étape 1 sur 8"), RIEN_A_VERIFIER),
				personnelle("POST", "/fiches-de-poste/mes-fiches/{fiche}", (scene, requete) -> {
					var champs = FichesDExemple.champsRealistes();
					champs.set("intitule", "Intitulé changé");
					requete.params(champs);
				}, (scene, reponse) -> {
					reponse.andExpect(status().isFound());
					assertThat(scene.ficheDeLActeur().poste().intitule()).isEqualTo("Intitulé changé");
				}, scene -> assertThat(scene.ficheDuTiers().poste().intitule()).isEqualTo(FichesDExemple.INTITULE)),
				personnelle("POST", "/fiches-de-poste/mes-fiches/{fiche}/dupliquer", RIEN, (scene, reponse) -> {
					reponse.andExpect(status().isFound());
					assertThat(scene.fichesDePoste().toutesDe(scene.compte().id())).hasSize(2);
				}, scene -> assertThat(scene.fichesDePoste().toutesDe(scene.tiers().id())).hasSize(1)),
				personnelle("POST", "/fiches-de-poste/mes-fiches/{fiche}/supprimer", RIEN, (scene, reponse) -> {
					reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/fiches-de-poste/mes-fiches"));
					assertThat(scene.fichesDePoste().toutesDe(scene.compte().id())).isEmpty();
				}, scene -> assertThat(scene.fichesDePoste().toutesDe(scene.tiers().id())).hasSize(1)),
				personnelle("GET", "/fiches-de-poste/mes-fiches/{fiche}.docx", RIEN, fichier(DOCX), RIEN_A_VERIFIER),
				personnelle("GET", "/fiches-de-poste/mes-fiches/{fiche}.pdf", RIEN, fichier("application/pdf"), RIEN_A_VERIFIER),

				// The analyser: anyone; kept analyses for their author only; corpora for the curators
				publique("GET", "/fiches-de-poste/analyse", ok("Analyser une fiche de poste")),
				publique("POST", "/fiches-de-poste/analyse", (scene, requete) -> requete.param("texte", FichesDExemple.SUBVENTIONS),
						ok("Gestion administrative et financière")),
				publiqueEnvoyant("POST", "/api/v1/analyses", MediaType.APPLICATION_JSON_VALUE,
						(scene, requete) -> requete.content("{\"texte\": \"Instruire les demandes de subvention des associations.\"}"),
						ok("\"fonctions\"")),
				publiqueEnvoyant("POST", "/api/v1/analyses", MediaType.MULTIPART_FORM_DATA_VALUE, unFichier(), ok("\"fiche.txt\"")),
				publiqueEnvoyant("POST", "/api/v1/analyses", MediaType.TEXT_PLAIN_VALUE, (scene, requete) -> requete.content("x"),
						(scene, reponse) -> reponse.andExpect(status().isUnsupportedMediaType())),
				personnelle("POST", "/fiches-de-poste/analyses",
						(scene, requete) -> requete.param("nom", scene.nomNeuf("Analyse envoyée")).param("texte", FichesDExemple.SUBVENTIONS),
						(scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.analysesEnregistrees().toutesDe(scene.compte().id())).extracting(a -> a.nom())
								.contains(scene.nomNeuf("Analyse envoyée"));
						}, scene -> assertThat(scene.jdbc().sql("select count(*) from analyse_de_fiche where nom = ?")
							.param(scene.nomNeuf("Analyse envoyée")).query(Long.class).single()).isZero()),
				personnelle("GET", "/fiches-de-poste/analyses", RIEN, ok("Mes analyses enregistrées"), RIEN_A_VERIFIER),
				personnelle("GET", "/fiches-de-poste/analyses/{analyse}", RIEN, ok("Analyse de la matrice"), RIEN_A_VERIFIER),
				personnelle("POST", "/fiches-de-poste/analyses/{analyse}/suppression", RIEN,
						(scene, reponse) -> {
							reponse.andExpect(status().isFound());
							assertThat(scene.analysesEnregistrees().toutesDe(scene.compte().id())).isEmpty();
						}, scene -> assertThat(scene.analysesEnregistrees().toutesDe(scene.tiers().id())).hasSize(1)),
				curation("GET", "/fiches-de-poste/corpus", RIEN, ok("Corpus de fiches de poste"), RIEN_A_VERIFIER),
				curation("POST", "/fiches-de-poste/corpus", unLot(), (scene, reponse) -> reponse.andExpect(status().isFound()),
						scene -> assertThat(scene.jdbc().sql("select count(*) from corpus_de_fiches where nom = ?")
							.param(scene.nomNeuf("Corpus envoyé")).query(Long.class).single()).isZero()),
				curation("GET", "/fiches-de-poste/corpus/{corpus}", RIEN, ok("1 fiche analysée"), RIEN_A_VERIFIER),
				curation("GET", "/fiches-de-poste/corpus/{corpus}/statistiques.csv", RIEN, fichier("text/csv;charset=UTF-8"),
						RIEN_A_VERIFIER),
				curation("POST", "/fiches-de-poste/corpus/{corpus}/fiches", unLot(),
						(scene, reponse) -> reponse.andExpect(status().isFound()),
						scene -> assertThat(scene.corpus().de(scene.corpusDeLaScene()).fiches()).isEqualTo(1)),
				curation("POST", "/fiches-de-poste/corpus/{corpus}/suppression", RIEN,
						(scene, reponse) -> reponse.andExpect(status().isFound()),
						scene -> assertThat(scene.corpus().tous()).extracting(c -> c.id()).contains(scene.corpusDeLaScene())),

				// Administration
				new Route("GET", "/admin/comptes", null, Acces.ADMINISTRATION, true, RIEN, ok("Comptes et rôles"),
						RIEN_A_VERIFIER),
				new Route("GET", "/admin/demandes", null, Acces.ADMINISTRATION, true, RIEN,
						ok("Demandes pour rejoindre une structure sans responsable"), RIEN_A_VERIFIER),
				new Route("POST", "/admin/demandes/{orpheline}/approuver", null, Acces.ADMINISTRATION, true, RIEN,
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/admin/demandes"));
							assertThat(scene.statutDe(scene.orpheline())).isEqualTo(Appartenance.Statut.APPROUVEE);
						}, scene -> assertThat(scene.statutDe(scene.orpheline())).isEqualTo(Appartenance.Statut.EN_ATTENTE)),
				new Route("POST", "/admin/demandes/{orpheline}/refuser", null, Acces.ADMINISTRATION, true, RIEN,
						(scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/admin/demandes"));
							assertThat(scene.statutDe(scene.orpheline())).isEqualTo(Appartenance.Statut.REFUSEE);
						}, scene -> assertThat(scene.statutDe(scene.orpheline())).isEqualTo(Appartenance.Statut.EN_ATTENTE)),
				new Route("POST", "/admin/comptes/{compte}/roles", null, Acces.ADMINISTRATION, true,
						(scene, requete) -> requete.param("role", Role.FORMATEUR.name()), (scene, reponse) -> {
							reponse.andExpect(status().isFound()).andExpect(redirectedUrl("/admin/comptes"));
							assertThat(scene.comptes().compte(scene.tiers().id()).roles())
								.containsExactlyInAnyOrder(Role.ACCOMPAGNATEUR, Role.FORMATEUR);
						}, scene -> assertThat(scene.comptes().compte(scene.tiers().id()).roles())
							.containsExactly(Role.ACCOMPAGNATEUR)));
	}

	static Stream<Arguments> routesParActeur() {
		return routes().stream()
			.flatMap(route -> Stream.of(Acteur.values())
				.map(acteur -> Arguments.of(route, acteur, Issue.de(route.acces(), acteur))));
	}

	@ParameterizedTest(name = "{0} par {1} : {2}")
	@MethodSource("routesParActeur")
	void chaqueRouteRepondSelonQuiLaDemande(Route route, Acteur acteur, Issue attendue) throws Exception {
		var scene = new Scene(acteur, route.verbe().equals("POST"));
		var reponse = mvc.perform(requete(route, scene));
		switch (attendue) {
			case REUSSIT -> route.succes().verifier(scene, reponse);
			case RENVOIE_A_LA_CONNEXION -> {
				renvoieALaConnexion(reponse);
				route.inchange().verifier(scene);
			}
			case EST_INTERDITE -> {
				reponse.andExpect(status().isForbidden()).andExpect(request().attribute("message", REFUS_DE_ROLE));
				route.inchange().verifier(scene);
			}
			case DEMANDE_UNE_AUTHENTIFICATION -> reponse.andExpect(status().isUnauthorized());
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void quitterLAppartenanceDUnAutreCompteDuMemeRoleRepond404EtNeChangeRien(Role role) throws Exception {
		var proprietaire = compte(role);
		structures.declarer(proprietaire.id(), TypeDeStructure.ASSOCIATION, "Association du propriétaire", null, null,
				RoleDansLaStructure.MEMBRE);
		var appartenance = structures.de(proprietaire.id()).get(0).id();
		var autre = compte(role);

		var chezLAutre = mvc.perform(quitter(appartenance, autre))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Cette appartenance à une structure n&#39;existe pas.")))
			.andReturn();
		var inexistante = mvc.perform(quitter(UUID.randomUUID(), autre)).andExpect(status().isNotFound()).andReturn();

		assertThat(structures.de(proprietaire.id())).extracting(a -> a.id()).containsExactly(appartenance);
		assertThat(sansJetonCsrf(chezLAutre)).as("l'appartenance d'un autre ressemble à une appartenance inexistante")
			.isEqualTo(sansJetonCsrf(inexistante));
	}

	/**
	 * The sharing routes with another account's identifiers: its self-assessment, its link, its
	 * structure, a self-assessment shared with a structure one does not manage. Each is a 404 like a
	 * missing one, and nothing changes.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void lesIdentifiantsDePartageDUnAutreCompteDuMemeRoleRepondent404EtNeChangentRien(Role role) throws Exception {
		var proprietaire = compte(role);
		var rna = rnaUnique();
		structures.declarer(proprietaire.id(), TypeDeStructure.ASSOCIATION, "Association du propriétaire", null, rna,
				RoleDansLaStructure.GESTIONNAIRE);
		var structure = structures.de(proprietaire.id()).get(0).structureId();
		var sien = positionnements.commencer(proprietaire.id(), Set.of()).id();
		partages.partagerAvecStructure(proprietaire.id(), sien, structure);
		var lien = partages.creerLien(proprietaire.id(), sien, 30);
		var autre = compte(role);
		structures.declarer(autre.id(), TypeDeStructure.ASSOCIATION, "Association du propriétaire", null, rna,
				RoleDansLaStructure.MEMBRE);
		var leSien = positionnements.commencer(autre.id(), Set.of()).id();

		var requetes = List.of(MockMvcRequestBuilders.post("/positionnements/{id}/liens", sien).param("duree", "30"),
				MockMvcRequestBuilders.post("/positionnements/{id}/partages/{structure}/retirer", sien, structure),
				MockMvcRequestBuilders.post("/positionnements/{id}/liens/{lien}/revoquer", sien, lien.id()),
				MockMvcRequestBuilders.post("/positionnements/{id}/liens/{lien}/revoquer", leSien, lien.id()),
				MockMvcRequestBuilders.post("/positionnements/{id}/partages", sien).param("structure", structure.toString()),
				MockMvcRequestBuilders.get("/positionnements/partages-avec-moi/{id}", sien),
				MockMvcRequestBuilders.get("/structures/{id}/equipe", structure));
		for (var requete : requetes) {
			mvc.perform(requete.with(csrf()).with(connecte(autre)).with(depuisUneAdresseNeuve())).andExpect(status().isNotFound());
		}

		var etat = partages.partagesDe(proprietaire.id(), sien);
		assertThat(etat.structures()).extracting(s -> s.structureId()).containsExactly(structure);
		assertThat(etat.liens()).singleElement().satisfies(l -> assertThat(l.actif()).isTrue());
		assertThat(partages.parLien(lien.secret()).id()).isEqualTo(sien);
		assertThat(partages.partagesDe(autre.id(), leSien).structures()).isEmpty();
		var partageChezLAutre = mvc
			.perform(MockMvcRequestBuilders.get("/positionnements/partages-avec-moi/{id}", sien).with(connecte(autre)))
			.andExpect(status().isNotFound())
			.andReturn();
		var inexistant = mvc
			.perform(MockMvcRequestBuilders.get("/positionnements/partages-avec-moi/{id}", UUID.randomUUID())
				.with(connecte(autre)))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(sansJetonCsrf(partageChezLAutre)).isEqualTo(sansJetonCsrf(inexistant));
	}

	/**
	 * The routes of requests to join a structure with another structure's identifiers: its requests'
	 * page, a request of it decided from the asker's own structure's address or from the administrators'
	 * one while the structure has a manager. Each is a 404 like a missing one, and nothing changes;
	 * without the CSRF token, a 403.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void lesDemandesDUneAutreStructureRepondent404EtNeChangentRien(Role role) throws Exception {
		var gestionnaire = compte(role);
		var rna = rnaUnique();
		var structure = structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Association demandée", null, rna,
				RoleDansLaStructure.GESTIONNAIRE).structureId();
		var demande = structures.declarer(compte(Role.ACCOMPAGNATEUR).id(), TypeDeStructure.ASSOCIATION, "x", null, rna,
				RoleDansLaStructure.MEMBRE).id();
		var autre = compte(role);
		var sienne = structures.declarer(autre.id(), TypeDeStructure.ASSOCIATION, "Association de l'autre", null, rnaUnique(),
				RoleDansLaStructure.GESTIONNAIRE).structureId();

		var requetes = new ArrayList<>(List.of(MockMvcRequestBuilders.get("/structures/{id}/demandes", structure),
				MockMvcRequestBuilders.post("/structures/{id}/demandes/{demande}/approuver", structure, demande),
				MockMvcRequestBuilders.post("/structures/{id}/demandes/{demande}/refuser", structure, demande),
				MockMvcRequestBuilders.post("/structures/{id}/demandes/{demande}/approuver", sienne, demande),
				MockMvcRequestBuilders.post("/structures/{id}/demandes/{demande}/refuser", sienne, demande)));
		if (role == Role.ADMINISTRATEUR) {
			requetes.add(MockMvcRequestBuilders.post("/admin/demandes/{demande}/approuver", demande));
			requetes.add(MockMvcRequestBuilders.post("/admin/demandes/{demande}/refuser", demande));
		}
		for (var requete : requetes) {
			mvc.perform(requete.with(csrf()).with(connecte(autre)).with(depuisUneAdresseNeuve())).andExpect(status().isNotFound());
		}
		mvc.perform(MockMvcRequestBuilders.post("/structures/{id}/demandes/{demande}/approuver", structure, demande)
			.with(connecte(gestionnaire))
			.with(depuisUneAdresseNeuve())).andExpect(status().isForbidden());

		assertThat(structures.demandesDe(gestionnaire.id(), structure)).extracting(d -> d.id()).containsExactly(demande);
		var chezLAutre = mvc.perform(MockMvcRequestBuilders.get("/structures/{id}/demandes", structure).with(connecte(autre)))
			.andExpect(status().isNotFound())
			.andReturn();
		var inexistante = mvc
			.perform(MockMvcRequestBuilders.get("/structures/{id}/demandes", UUID.randomUUID()).with(connecte(autre)))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(sansJetonCsrf(chezLAutre)).isEqualTo(sansJetonCsrf(inexistante));
	}

	/**
	 * The routes of one's self-assessment with another account's: finishing, naming, deleting (and
	 * their confirmation pages) are 404s like a missing one, and nothing changes.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void lesPositionnementsDUnAutreCompteDuMemeRoleRepondent404EtNeChangentRien(Role role) throws Exception {
		var proprietaire = compte(role);
		var sien = positionnements.commencer(proprietaire.id(), Set.of(Code.of("FT01")), "Le sien").id();
		positionnements.evaluer(proprietaire.id(), sien, Code.of("FT01-C02"), 3);
		var lien = partages.creerLien(proprietaire.id(), sien, 30);
		var autre = compte(role);

		var requetes = List.of(MockMvcRequestBuilders.get("/positionnements/{id}/terminer", sien),
				MockMvcRequestBuilders.post("/positionnements/{id}/terminer", sien),
				MockMvcRequestBuilders.post("/positionnements/{id}/nom", sien).param("nom", "Volé"),
				MockMvcRequestBuilders.get("/positionnements/{id}/suppression", sien),
				MockMvcRequestBuilders.post("/positionnements/{id}/suppression", sien));
		for (var requete : requetes) {
			mvc.perform(requete.with(csrf()).with(connecte(autre)).with(depuisUneAdresseNeuve()))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Ce positionnement n&#39;existe pas.")));
		}

		var intact = positionnements.de(proprietaire.id(), sien);
		assertThat(intact.estTermine()).isFalse();
		assertThat(intact.nom()).isEqualTo("Le sien");
		assertThat(intact.niveau(Code.of("FT01-C02"))).isEqualTo(Niveau.AUTONOMIE);
		assertThat(partages.parLien(lien.secret()).id()).isEqualTo(sien);
	}

	/**
	 * The saved job description routes with another account's job description: each is a 404 like a
	 * missing one, and nothing changes.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(Role.class)
	void lesFichesDePosteDUnAutreCompteDuMemeRoleRepondent404EtNeChangentRien(Role role) throws Exception {
		var proprietaire = compte(role);
		var sienne = fichesDePoste.enregistrer(proprietaire.id(), FichesDExemple.realiste()).id();
		var autre = compte(role);
		var champs = FichesDExemple.champsRealistes();
		champs.set("intitule", "Intitulé d'un autre");

		var requetes = List.of(MockMvcRequestBuilders.get("/fiches-de-poste/mes-fiches/{id}", sienne),
				MockMvcRequestBuilders.get("/fiches-de-poste/mes-fiches/{id}/modifier", sienne),
				MockMvcRequestBuilders.get("/fiches-de-poste/mes-fiches/{id}.docx", sienne),
				MockMvcRequestBuilders.get("/fiches-de-poste/mes-fiches/{id}.pdf", sienne),
				MockMvcRequestBuilders.post("/fiches-de-poste/mes-fiches/{id}", sienne).params(champs),
				MockMvcRequestBuilders.post("/fiches-de-poste/mes-fiches/{id}/dupliquer", sienne),
				MockMvcRequestBuilders.post("/fiches-de-poste/mes-fiches/{id}/supprimer", sienne));
		for (var requete : requetes) {
			mvc.perform(requete.with(csrf()).with(connecte(autre)).with(depuisUneAdresseNeuve()))
				.andExpect(status().isNotFound());
		}

		assertThat(fichesDePoste.toutesDe(proprietaire.id())).singleElement()
			.satisfies(fiche -> assertThat(fiche.fiche()).isEqualTo(FichesDExemple.realiste()));
		assertThat(fichesDePoste.toutesDe(autre.id())).isEmpty();
		var chezLAutre = mvc.perform(MockMvcRequestBuilders.get("/fiches-de-poste/mes-fiches/{id}", sienne).with(connecte(autre)))
			.andExpect(status().isNotFound())
			.andReturn();
		var inexistante = mvc
			.perform(MockMvcRequestBuilders.get("/fiches-de-poste/mes-fiches/{id}", UUID.randomUUID()).with(connecte(autre)))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(sansJetonCsrf(chezLAutre)).isEqualTo(sansJetonCsrf(inexistante));
	}

	@Test
	void lAdministrateurQuiDonneDesRolesAUnCompteInconnuRecoitUn404() throws Exception {
		var administrateur = compte(Role.ADMINISTRATEUR);
		var inconnu = UUID.randomUUID();

		mvc.perform(MockMvcRequestBuilders.post("/admin/comptes/{id}/roles", inconnu)
			.param("role", Role.CURATEUR.name())
			.with(csrf())
			.with(connecte(administrateur)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Ce compte n&#39;existe pas.")));

		assertThat(jdbc.sql("select count(*) from role_de_compte where compte_id = ?").param(inconnu).query(Integer.class).single())
			.isZero();
	}

	@Test
	void unAdministrateurQuiPerdSonRoleNOuvrePlusLAdministrationDepuisSaSessionOuverte() throws Exception {
		var administrateur = compte(Role.ADMINISTRATEUR);
		var session = seConnecter(administrateur);
		mvc.perform(MockMvcRequestBuilders.get("/admin/comptes").cookie(session)).andExpect(status().isOk());

		mvc.perform(MockMvcRequestBuilders.post("/admin/comptes/{id}/roles", administrateur.id())
			.with(csrf())
			.with(connecte(compte(Role.ADMINISTRATEUR)))).andExpect(redirectedUrl("/admin/comptes"));

		assertThat(sessionsOuvertes(administrateur)).isZero();
		renvoieALaConnexion(mvc.perform(MockMvcRequestBuilders.get("/admin/comptes").cookie(session)));
	}

	@Test
	void reinitialiserLeMotDePasseFermeLesSessionsOuvertesDuCompte() throws Exception {
		var compte = compte(Role.ACCOMPAGNATEUR);
		var session = seConnecter(compte);
		assertThat(sessionsOuvertes(compte)).isEqualTo(1);

		comptes.demanderReinitialisation(compte.email());
		mvc.perform(MockMvcRequestBuilders.post("/mot-de-passe-oublie/nouveau")
			.param("jeton", jetonDuLien(BoiteMailDeTest.lienDuDernierMessagePour(compte.email())))
			.param("motDePasse", NOUVEAU_MOT_DE_PASSE)
			.param("confirmation", NOUVEAU_MOT_DE_PASSE)
			.with(csrf())).andExpect(redirectedUrl("/connexion?reinitialise"));

		assertThat(sessionsOuvertes(compte)).isZero();
		renvoieALaConnexion(mvc.perform(MockMvcRequestBuilders.get("/mon-compte").cookie(session)));
	}

	/** Comptes#changerMotDePasse: "the account's other sessions end". */
	@Test
	void changerDeMotDePasseFermeLesAutresSessionsOuvertesDuCompte() throws Exception {
		var compte = compte(Role.ACCOMPAGNATEUR);
		var ailleurs = seConnecter(compte);
		assertThat(sessionsOuvertes(compte)).isEqualTo(1);

		mvc.perform(MockMvcRequestBuilders.post("/mon-compte/mot-de-passe")
			.param("motDePasseActuel", MOT_DE_PASSE)
			.param("motDePasse", NOUVEAU_MOT_DE_PASSE)
			.param("confirmation", NOUVEAU_MOT_DE_PASSE)
			.with(csrf())
			.with(connecte(compte))).andExpect(redirectedUrl("/mon-compte"));

		assertThat(sessionsOuvertes(compte)).as("la session ouverte sur un autre appareil est fermée").isZero();
		renvoieALaConnexion(mvc.perform(MockMvcRequestBuilders.get("/mon-compte").cookie(ailleurs)));
	}

	private static void renvoieALaConnexion(ResultActions reponse) throws Exception {
		reponse.andExpect(status().isFound());
		assertThat(URI.create(reponse.andReturn().getResponse().getRedirectedUrl()).getPath()).isEqualTo("/connexion");
	}

	/** Logs in with the account's password: the cookies of the session it opens. */
	private Cookie[] seConnecter(Compte compte) throws Exception {
		var reponse = mvc.perform(MockMvcRequestBuilders.post("/connexion")
			.param("email", compte.email())
			.param("motDePasse", MOT_DE_PASSE)
			.with(csrf())
			.with(depuisUneAdresseNeuve())).andExpect(redirectedUrl("/tableau-de-bord")).andReturn().getResponse();
		assertThat(reponse.getCookies()).isNotEmpty();
		return reponse.getCookies();
	}

	private int sessionsOuvertes(Compte compte) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(compte.id().toString())
			.query(Integer.class)
			.single();
	}

	/**
	 * Every route of AVA's controllers (verb, address pattern, method) is asked by a line of the
	 * matrix, and every line of the matrix reaches the route it claims.
	 */
	@Test
	void chaqueRouteDesControleursEstDansLaMatrice() throws Exception {
		var existantes = new TreeSet<String>();
		routesDesControleurs.getHandlerMethods().forEach((info, methode) -> {
			if (!methode.getBeanType().getPackageName().startsWith("fr.ava")) {
				return;
			}
			var verbes = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
			for (var verbe : verbes) {
				for (var modele : info.getPatternValues()) {
					existantes.add(cle(verbe, modele, methode));
				}
			}
		});
		assertThat(existantes).as("routes des contrôleurs").hasSizeGreaterThan(40);

		var demandees = new TreeSet<String>();
		var sansControleur = new ArrayList<String>();
		for (var route : routes()) {
			var chemin = route.chemin().replaceAll("\\{[a-z]+\\}", UUID.randomUUID().toString());
			var construction = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.verbe()), URI.create(chemin));
			if (route.accepte() != null) {
				construction.accept(route.accepte());
			}
			if (route.envoie() != null) {
				construction.contentType(route.envoie());
			}
			var requete = construction.buildRequest(contexte.getServletContext());
			ServletRequestPathUtils.parseAndCache(requete);
			var methode = routeDesControleurs(requete);
			if (route.controleur()) {
				assertThat(methode).as(route + " mène à un contrôleur d'AVA").isNotNull();
				demandees.add(cle(route.verbe(),
						(String) requete.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE), methode));
			}
			else if (methode != null && methode.getBeanType().getPackageName().startsWith("fr.ava")) {
				sansControleur.add(route.toString());
			}
		}

		assertThat(sansControleur).as("lignes marquées hors contrôleur qui mènent pourtant à un contrôleur d'AVA")
			.isEmpty();
		var absentes = new TreeSet<>(existantes);
		absentes.removeAll(demandees);
		assertThat(absentes).as("routes des contrôleurs absentes de la matrice").isEmpty();
		var enTrop = new TreeSet<>(demandees);
		enTrop.removeAll(existantes);
		assertThat(enTrop).as("lignes de la matrice qui ne mènent à aucune route des contrôleurs").isEmpty();
	}

	/** The controller method that would serve the request, if any (Spring Security's routes have none). */
	private @Nullable HandlerMethod routeDesControleurs(HttpServletRequest requete) throws Exception {
		try {
			var chaine = routesDesControleurs.getHandler(requete);
			return chaine == null ? null : (HandlerMethod) chaine.getHandler();
		}
		catch (HttpRequestMethodNotSupportedException ex) {
			return null;
		}
	}

	private static String cle(String verbe, String modele, HandlerMethod methode) {
		return verbe + " " + modele + " → " + methode.getBeanType().getSimpleName() + "#" + methode.getMethod().getName();
	}

	private AbstractMockHttpServletRequestBuilder<?> requete(Route route, Scene scene) throws Exception {
		var adresse = URI.create(scene.remplir(route.chemin()));
		AbstractMockHttpServletRequestBuilder<?> requete = route.preparation() instanceof Televersement
				? MockMvcRequestBuilders.multipart(adresse) : MockMvcRequestBuilders.request(HttpMethod.valueOf(route.verbe()), adresse);
		if (route.accepte() != null) {
			requete.accept(route.accepte());
		}
		if (route.envoie() != null && !(route.preparation() instanceof Televersement)) {
			requete.contentType(route.envoie());
		}
		route.preparation().preparer(scene, requete);
		if (route.verbe().equals("POST")) {
			requete.with(csrf());
		}
		if (scene.acteur.role != null) {
			requete.with(connecte(scene.compte()));
		}
		return requete.with(depuisUneAdresseNeuve());
	}

	private MockHttpServletRequestBuilder quitter(UUID appartenance, Compte qui) {
		return MockMvcRequestBuilders.post("/mon-compte/structures/{id}/quitter", appartenance)
			.with(csrf())
			.with(connecte(qui))
			.with(depuisUneAdresseNeuve());
	}

	private static String sansJetonCsrf(MvcResult resultat) throws Exception {
		return resultat.getResponse().getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	/** The principal of the account, named by its id as AVA's logins name it, with its roles. */
	static RequestPostProcessor connecte(Compte compte) {
		return user(compte.id().toString()).roles(compte.roles().stream().map(Role::name).toArray(String[]::new));
	}

	/** Each request from its own address, so that failed logins of other tests never hold it back. */
	static RequestPostProcessor depuisUneAdresseNeuve() {
		var hasard = ThreadLocalRandom.current();
		var adresse = "10." + hasard.nextInt(256) + "." + hasard.nextInt(256) + "." + (1 + hasard.nextInt(254));
		return requete -> {
			requete.setRemoteAddr(adresse);
			return requete;
		};
	}

	/** A structure number of its own, since structures with the same number are one. */
	static String rnaUnique() {
		return "W75" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
	}

	static String adresseUnique(String prefixe) {
		return prefixe + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
	}

	private Compte compte(Role role) {
		return comptes.creerConfirme(adresseUnique("matrice"), "Camille Dupont", Optional.of(MOT_DE_PASSE),
				EnumSet.of(role));
	}

	private static String jetonDuLien(String lien) {
		return lien.substring(lien.indexOf("jeton=") + "jeton=".length());
	}

	/** What one invocation needs: the actor's account and the data of the route, created on demand. */
	final class Scene {

		private final Acteur acteur;

		private final boolean modifie;

		private final Map<String, String> retenus = new HashMap<>();

		private @Nullable Compte compte;

		private @Nullable Compte tiers;

		private @Nullable UUID appartenance;

		private @Nullable UUID proprietaireDeLAppartenance;

		private @Nullable String jetonDeReinitialisation;

		private @Nullable UUID positionnement;

		private @Nullable UUID structure;

		private @Nullable UUID lien;

		private @Nullable UUID partage;

		private @Nullable UUID gestionnaireDeLaStructure;

		private @Nullable UUID demande;

		private @Nullable UUID orpheline;

		private @Nullable UUID fiche;

		private @Nullable UUID analyse;

		private @Nullable UUID corpusDeLaScene;

		Scene(Acteur acteur, boolean modifie) {
			this.acteur = acteur;
			this.modifie = modifie;
		}

		Comptes comptes() {
			return comptes;
		}

		Structures structures() {
			return structures;
		}

		/** The actor's account: its own for a route that changes something, else one shared per role. */
		Compte compte() {
			if (compte == null) {
				var role = acteur.role;
				if (role == null) {
					throw new IllegalStateException("L'acteur anonyme n'a pas de compte");
				}
				compte = modifie ? MatriceDAutorisationTests.this.compte(role)
						: COMPTES_EN_LECTURE.computeIfAbsent(role, MatriceDAutorisationTests.this::compte);
			}
			return compte;
		}

		/** Another account, accompagnateur·trice only: the one the administrator's route acts on. */
		Compte tiers() {
			if (tiers == null) {
				tiers = comptes.creerConfirme(adresseUnique("tiers"), "Claude Tiers", Optional.of(MOT_DE_PASSE), Set.of());
			}
			return tiers;
		}

		/** A membership of the actor, or of a third account for an anonymous visitor. */
		UUID appartenance() {
			if (appartenance == null) {
				var proprietaire = acteur.role == null ? tiers() : compte();
				structures.declarer(proprietaire.id(), TypeDeStructure.ASSOCIATION, "Association à quitter", null, null,
						RoleDansLaStructure.MEMBRE);
				appartenance = structures.de(proprietaire.id()).get(0).id();
				proprietaireDeLAppartenance = proprietaire.id();
			}
			return appartenance;
		}

		Positionnements positionnements() {
			return positionnements;
		}

		/** A self-assessment of the actor on M1, M2 and FT01, or of a third account for a visitor. */
		UUID positionnement() {
			if (positionnement == null) {
				var proprietaire = acteur.role == null ? tiers() : compte();
				positionnement = positionnements.commencer(proprietaire.id(), Set.of(Code.of("FT01"))).id();
			}
			return positionnement;
		}

		/** One answer in the scene's self-assessment, which can then be finished. */
		void repondreAuPositionnement() {
			var proprietaire = acteur.role == null ? tiers() : compte();
			positionnements.evaluer(proprietaire.id(), positionnement(), Code.of("FT01-C02"), 2);
		}

		Partages partages() {
			return partages;
		}

		/** A structure the actor manages, or a third account manages for a visitor; its own number. */
		UUID structure() {
			if (structure == null) {
				var gestionnaire = acteur.role == null ? tiers() : compte();
				gestionnaireDeLaStructure = gestionnaire.id();
				var rna = rnaUnique();
				structures.declarer(gestionnaire.id(), TypeDeStructure.ASSOCIATION, "Association de la matrice", null, rna,
						RoleDansLaStructure.GESTIONNAIRE);
				structure = structures.de(gestionnaire.id())
					.stream()
					.filter(a -> rna.equals(a.rna()))
					.findFirst()
					.orElseThrow()
					.structureId();
				retenir("rna", rna);
			}
			return structure;
		}

		/** The scene's self-assessment shared with the scene's structure. */
		void partagerAvecLaStructure() {
			var proprietaire = acteur.role == null ? tiers() : compte();
			partages.partagerAvecStructure(proprietaire.id(), positionnement(), structure());
		}

		/** A share link of the scene's self-assessment. */
		UUID lien() {
			if (lien == null) {
				var proprietaire = acteur.role == null ? tiers() : compte();
				lien = partages.creerLien(proprietaire.id(), positionnement(), 30).id();
			}
			return lien;
		}

		/** The secret of a link to a third account's self-assessment. */
		String secret() {
			var autre = positionnements.commencer(tiers().id(), Set.of()).id();
			return partages.creerLien(tiers().id(), autre, 30).secret();
		}

		/** A new account's pending request to join the scene's structure. */
		UUID demande() {
			if (demande == null) {
				structure();
				demande = structures.declarer(MatriceDAutorisationTests.this.compte(Role.ACCOMPAGNATEUR).id(),
						TypeDeStructure.ASSOCIATION, "Association de la matrice", null, retenu("rna"), RoleDansLaStructure.MEMBRE)
					.id();
			}
			return demande;
		}

		/** A pending request to join a structure that a third account made without a manager. */
		UUID orpheline() {
			if (orpheline == null) {
				var rna = rnaUnique();
				structures.declarer(tiers().id(), TypeDeStructure.ASSOCIATION, "Association sans responsable", null, rna,
						RoleDansLaStructure.MEMBRE);
				orpheline = structures.declarer(MatriceDAutorisationTests.this.compte(Role.ACCOMPAGNATEUR).id(),
						TypeDeStructure.ASSOCIATION, "Association sans responsable", null, rna, RoleDansLaStructure.GESTIONNAIRE)
					.id();
			}
			return orpheline;
		}

		Appartenance.Statut statutDe(UUID appartenance) {
			return Appartenance.Statut.valueOf(jdbc.sql("select statut from appartenance where id = ?")
				.param(appartenance)
				.query(String.class)
				.single());
		}

		/** A third account's self-assessment, shared with the structure the actor manages. */
		UUID partage() {
			if (partage == null) {
				structure();
				var demande = structures.declarer(tiers().id(), TypeDeStructure.ASSOCIATION, "Association de la matrice", null,
						retenu("rna"), RoleDansLaStructure.MEMBRE);
				if (!demande.approuvee()) {
					structures.approuver(gestionnaireDeLaStructure, demande.id(), null);
				}
				partage = positionnements.commencer(tiers().id(), Set.of()).id();
				partages.partagerAvecStructure(tiers().id(), partage, structure());
			}
			return partage;
		}

		FichesDePoste fichesDePoste() {
			return fichesDePoste;
		}

		AnalysesEnregistrees analysesEnregistrees() {
			return analysesEnregistrees;
		}

		Corpus corpus() {
			return corpus;
		}

		JdbcClient jdbc() {
			return jdbc;
		}

		/** A kept analysis of the actor, or of a third account for a visitor. */
		UUID analyse() {
			if (analyse == null) {
				var proprietaire = acteur.role == null ? tiers() : compte();
				analyse = analysesEnregistrees.enregistrer(proprietaire.id(), "Analyse de la matrice",
						FichesDExemple.SUBVENTIONS, null).id();
				if (acteur.role != null) {
					analysesEnregistrees.enregistrer(tiers().id(), "Analyse du tiers", FichesDExemple.SUBVENTIONS, null);
				}
			}
			return analyse;
		}

		/** A corpus of one file, made by a third account. */
		UUID corpusDeLaScene() {
			if (corpusDeLaScene == null) {
				corpusDeLaScene = corpus.creer(tiers().id(), "Corpus de la scène", TypeDEmployeur.COMMUNE,
						TypeDeTerritoire.RURAL, List.of(new FichierRecu("fiche.txt",
								FichesDExemple.SUBVENTIONS.getBytes(StandardCharsets.UTF_8)))).id();
			}
			return corpusDeLaScene;
		}

		/** A saved job description of the actor, or of a third account for a visitor. */
		UUID fiche() {
			if (fiche == null) {
				var proprietaire = acteur.role == null ? tiers() : compte();
				fiche = fichesDePoste.enregistrer(proprietaire.id(), FichesDExemple.realiste()).id();
			}
			return fiche;
		}

		FicheDePoste ficheDeLActeur() {
			return fichesDePoste.de(compte().id(), fiche()).fiche();
		}

		FicheDePoste ficheDuTiers() {
			return fichesDePoste.de(tiers().id(), fiche()).fiche();
		}

		Positionnement positionnementDeLActeur() {
			return positionnements.de(compte().id(), positionnement());
		}

		Positionnement positionnementDuTiers() {
			return positionnements.de(tiers().id(), positionnement());
		}

		UUID proprietaireDeLAppartenance() {
			appartenance();
			return proprietaireDeLAppartenance;
		}

		String nouvelleAdresse() {
			return adresseUnique("nouvelle");
		}

		void retenir(String nom, String valeur) {
			retenus.put(nom, valeur);
		}

		String retenu(String nom) {
			return retenus.get(nom);
		}

		/** A name of that kind that no other scene uses, the same each time this scene asks. */
		String nomNeuf(String genre) {
			return retenus.computeIfAbsent("nom : " + genre, cle -> genre + " " + UUID.randomUUID());
		}

		/** The secret of the sign-up link received by a new, unconfirmed account. */
		String jetonDeConfirmation() {
			var email = adresseUnique("a-confirmer");
			comptes.inscrire(email, "Alix Aconfirmer", MOT_DE_PASSE);
			retenir("confirmation", email);
			return jetonDuLien(BoiteMailDeTest.lienDuDernierMessagePour(email));
		}

		/** The secret of the reset link received by the third account. */
		String jetonDeReinitialisation() {
			if (jetonDeReinitialisation == null) {
				comptes.demanderReinitialisation(tiers().email());
				jetonDeReinitialisation = jetonDuLien(BoiteMailDeTest.lienDuDernierMessagePour(tiers().email()));
			}
			return jetonDeReinitialisation;
		}

		/** The secret of the link that confirms a new address for the actor (none for a visitor). */
		String jetonDeChangementDAdresse() {
			if (acteur.role == null) {
				return "un-jeton";
			}
			var nouvelle = nouvelleAdresse();
			comptes.demanderChangementEmail(compte().id(), MOT_DE_PASSE, nouvelle);
			retenir("adresse confirmée", nouvelle);
			return jetonDuLien(BoiteMailDeTest.lienDuDernierMessagePour(nouvelle));
		}

		/** The address of a route, its {…} replaced by this scene's identifiers. */
		String remplir(String chemin) {
			var paquet = chemin.contains("/ims/case/") ? exportCase.paquet(referentiels.dernierePubliee()) : null;
			var rempli = chemin;
			if (rempli.contains("{appartenance}")) {
				rempli = rempli.replace("{appartenance}", appartenance().toString());
			}
			if (rempli.contains("{positionnement}")) {
				rempli = rempli.replace("{positionnement}", positionnement().toString());
			}
			if (rempli.contains("{structure}")) {
				rempli = rempli.replace("{structure}", structure().toString());
			}
			if (rempli.contains("{lien}")) {
				rempli = rempli.replace("{lien}", lien().toString());
			}
			if (rempli.contains("{secret}")) {
				rempli = rempli.replace("{secret}", secret());
			}
			if (rempli.contains("{demande}")) {
				rempli = rempli.replace("{demande}", demande().toString());
			}
			if (rempli.contains("{orpheline}")) {
				rempli = rempli.replace("{orpheline}", orpheline().toString());
			}
			if (rempli.contains("{partage}")) {
				rempli = rempli.replace("{partage}", partage().toString());
			}
			if (rempli.contains("{fiche}")) {
				rempli = rempli.replace("{fiche}", fiche().toString());
			}
			if (rempli.contains("{analyse}")) {
				rempli = rempli.replace("{analyse}", analyse().toString());
			}
			if (rempli.contains("{corpus}")) {
				rempli = rempli.replace("{corpus}", corpusDeLaScene().toString());
			}
			if (rempli.contains("{compte}")) {
				rempli = rempli.replace("{compte}", tiers().id().toString());
			}
			if (paquet != null) {
				rempli = rempli.replace("{document}", paquet.CFDocument().identifier().toString())
					.replace("{item}", paquet.CFItems().get(0).identifier().toString())
					.replace("{association}", paquet.CFAssociations().get(0).identifier().toString());
			}
			return rempli;
		}

	}

}
