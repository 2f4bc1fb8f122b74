package fr.ava.compte.web;

import static fr.ava.compte.web.MatriceDAutorisationTests.adresseUnique;
import static fr.ava.compte.web.MatriceDAutorisationTests.connecte;
import static fr.ava.compte.web.MatriceDAutorisationTests.depuisUneAdresseNeuve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import fr.ava.BoiteMailDeTest;
import fr.ava.compte.Compte;
import fr.ava.compte.Comptes;
import fr.ava.compte.Role;
import fr.ava.compte.RoleDansLaStructure;
import fr.ava.compte.SaisieRefusee;
import fr.ava.compte.Structures;
import fr.ava.compte.TypeDeStructure;

/**
 * What AVA refuses in its forms and links: each refusal says why in French, with the right status,
 * and changes nothing. Answers never tell whether an address has an account.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@AutoConfigureMockMvc
class SaisiesRefuseesTests {

	private static final String MOT_DE_PASSE = "Saisie-refusee-2025";

	private static final String AUTRE_MOT_DE_PASSE = "Autre-saisie-2026!";

	private static final String NOM = "Camille Dupont";

	private static final String SCRIPT = "<script>alert('ava')</script>";

	private static final String LIEN_INVALIDE = "Ce lien n'est plus valable : il a déjà servi ou il a expiré. Vous pouvez en demander un nouveau.";

	private static final String CONNEXION_REFUSEE = "Adresse électronique ou mot de passe incorrect.";

	private static final Pattern ALERTE = Pattern.compile("<p class=\"bilan-erreurs\" role=\"alert\">(.*?)</p>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Comptes comptes;

	@Autowired
	Structures structures;

	@Autowired
	JdbcClient jdbc;

	// Markup in the display name

	@Test
	void leBalisageDuNomAfficheALInscriptionEstMontreCommeDuTexteJamaisExecute() throws Exception {
		var email = adresseUnique("balise");
		mvc.perform(inscription(email, SCRIPT, MOT_DE_PASSE, "pas la même confirmation"))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Les deux mots de passe saisis ne sont pas identiques."))
			.andExpect(montre(SCRIPT))
			.andExpect(content().string(not(containsString("<script>alert"))));

		mvc.perform(inscription(email, SCRIPT, MOT_DE_PASSE, MOT_DE_PASSE))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/inscription/envoyee"));
		mvc.perform(post("/inscription/confirmation").param("jeton", jetonDuDernierLienPour(email)).with(csrf()))
			.andExpect(redirectedUrl("/connexion?confirme"));
		var compte = comptes.parEmail(email).orElseThrow();
		assertThat(compte.nomAffiche()).as("le nom est gardé tel quel : c'est l'affichage qui l'échappe").isEqualTo(SCRIPT);

		mvc.perform(get("/mon-compte").with(connecte(compte)))
			.andExpect(status().isOk())
			.andExpect(montre(SCRIPT))
			.andExpect(content().string(not(containsString("<script>alert"))));
		var administrateur = compte(Set.of(Role.ADMINISTRATEUR));
		mvc.perform(get("/admin/comptes").with(connecte(administrateur)))
			.andExpect(status().isOk())
			.andExpect(montre(SCRIPT))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void leBalisageDuNomAfficheDansMonCompteEstMontreCommeDuTexteJamaisExecute() throws Exception {
		var compte = compte();
		var image = "<img src=x onerror=alert(1)>";
		mvc.perform(post("/mon-compte/nom").param("nomAffiche", image).with(csrf()).with(connecte(compte)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/mon-compte"));

		mvc.perform(get("/mon-compte").with(connecte(compte)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>")))
			.andExpect(content().string(containsString("(&lt;img src=x onerror=alert(1)&gt;)")))
			.andExpect(content().string(not(containsString("<img src=x"))));
	}

	// The display name: one line, no link

	private static final String NOM_SUR_UNE_LIGNE = "Le nom affiché tient sur une ligne, sans caractère invisible.";

	private static final String NOM_SANS_LIEN = "Le nom affiché ne peut pas contenir d'adresse web ou électronique (comme www…, http://… ou exemple.fr) : "
			+ "AVA le montre à d'autres personnes, qui le prendraient pour un lien. Mettez une espace après un point.";

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "Camille\nCliquez sur le lien ci-dessous", "Camille\u2028Dupont" })
	void unNomAfficheSurDeuxLignesEstRefuseALInscriptionEtDansMonCompte(String nom) throws Exception {
		refuseLeNomAffiche(nom, NOM_SUR_UNE_LIGNE);
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "Urgent : http://arnaque.example", "www.arnaque.example", "Support exemple.fr",
			"camille@exemple.fr" })
	void unNomAfficheQuiRessembleAUnLienEstRefuseALInscriptionEtDansMonCompte(String nom) throws Exception {
		refuseLeNomAffiche(nom, NOM_SANS_LIEN);
	}

	private void refuseLeNomAffiche(String nom, String message) throws Exception {
		var email = adresseUnique("nom-refuse");
		mvc.perform(inscription(email, nom, MOT_DE_PASSE, MOT_DE_PASSE))
			.andExpect(status().isBadRequest())
			.andExpect(montre(message));
		assertThat(comptes.parEmail(email)).isEmpty();
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(email)).isZero();

		var compte = compte();
		mvc.perform(post("/mon-compte/nom").param("nomAffiche", nom).with(csrf()).with(connecte(compte)))
			.andExpect(status().isBadRequest())
			.andExpect(montre(message));
		assertThat(comptes.compte(compte.id()).nomAffiche()).isEqualTo(NOM);
	}

	@Test
	void lesCourrielsDuCompteSAdressentALaPersonneSansRepeterSonNomAffiche() throws Exception {
		var email = adresseUnique("bonjour");
		mvc.perform(inscription(email, "Alix Nom-Repris", MOT_DE_PASSE, MOT_DE_PASSE))
			.andExpect(redirectedUrl("/inscription/envoyee"));
		assertThat(BoiteMailDeTest.dernierMessagePour(email)).startsWith("Bonjour,").doesNotContain("Alix Nom-Repris");

		var compte = compte();
		mvc.perform(post("/mot-de-passe-oublie").param("email", compte.email()).with(csrf()))
			.andExpect(redirectedUrl("/mot-de-passe-oublie/envoye"));
		assertThat(BoiteMailDeTest.dernierMessagePour(compte.email())).startsWith("Bonjour,").doesNotContain(NOM);

		var nouvelle = adresseUnique("nouvelle-adresse");
		mvc.perform(post("/mon-compte/email").param("email", nouvelle)
			.param("motDePasseActuel", MOT_DE_PASSE)
			.with(csrf())
			.with(connecte(compte))).andExpect(redirectedUrl("/mon-compte"));
		assertThat(BoiteMailDeTest.dernierMessagePour(nouvelle)).startsWith("Bonjour,").doesNotContain(NOM);
	}

	// Mails per address and per hour

	private static final String TROP_DE_COURRIELS = "Cette adresse a reçu assez de courriels d'AVA pour l'heure : réessayez dans une heure.";

	@Test
	void auSixiemeCourrielDeLHeureLeMotDePasseOublieRepondPareilPourUneAdresseConnueOuInconnue() throws Exception {
		var connu = compte();
		var inconnue = adresseUnique("inconnue");
		for (int demande = 1; demande <= 5; demande++) {
			for (var email : new String[] { connu.email(), inconnue }) {
				mvc.perform(post("/mot-de-passe-oublie").param("email", email).with(csrf()))
					.andExpect(redirectedUrl("/mot-de-passe-oublie/envoye"));
			}
		}
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(connu.email())).isEqualTo(5);

		var pourLaConnue = mvc.perform(post("/mot-de-passe-oublie").param("email", connu.email()).with(csrf()))
			.andExpect(status().isTooManyRequests())
			.andExpect(montre(TROP_DE_COURRIELS))
			.andReturn();
		var pourLInconnue = mvc.perform(post("/mot-de-passe-oublie").param("email", inconnue).with(csrf()))
			.andExpect(status().isTooManyRequests())
			.andReturn();
		assertThat(pageSans(pourLInconnue, inconnue)).isEqualTo(pageSans(pourLaConnue, connu.email()));
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(connu.email())).isEqualTo(5);
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(inconnue)).isZero();

		passerLHeure(connu.email(), inconnue);
		mvc.perform(post("/mot-de-passe-oublie").param("email", connu.email()).with(csrf()))
			.andExpect(redirectedUrl("/mot-de-passe-oublie/envoye"));
		mvc.perform(post("/mot-de-passe-oublie").param("email", inconnue).with(csrf()))
			.andExpect(redirectedUrl("/mot-de-passe-oublie/envoye"));
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(connu.email())).isEqualTo(6);
	}

	@Test
	void auSixiemeCourrielDeLHeureLInscriptionRepondPareilQueLAdresseAitUnCompteOuNon() throws Exception {
		var titulaire = compte();
		var nouvelle = adresseUnique("nouvelle");
		for (int demande = 1; demande <= 5; demande++) {
			for (var email : new String[] { titulaire.email(), nouvelle }) {
				mvc.perform(inscription(email, "Alix Intruse", AUTRE_MOT_DE_PASSE, AUTRE_MOT_DE_PASSE))
					.andExpect(redirectedUrl("/inscription/envoyee"));
			}
		}
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(titulaire.email())).isEqualTo(5);
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(nouvelle)).isEqualTo(5);

		var pourLaPrise = mvc.perform(inscription(titulaire.email(), "Alix Intruse", AUTRE_MOT_DE_PASSE, AUTRE_MOT_DE_PASSE))
			.andExpect(status().isTooManyRequests())
			.andExpect(montre(TROP_DE_COURRIELS))
			.andReturn();
		var pourLaNouvelle = mvc.perform(inscription(nouvelle, "Alix Intruse", AUTRE_MOT_DE_PASSE, AUTRE_MOT_DE_PASSE))
			.andExpect(status().isTooManyRequests())
			.andReturn();
		assertThat(pageSans(pourLaNouvelle, nouvelle)).isEqualTo(pageSans(pourLaPrise, titulaire.email()));

		var sousAdresse = nouvelle.replace("@", "+autre@");
		mvc.perform(inscription(sousAdresse, "Alix Intruse", AUTRE_MOT_DE_PASSE, AUTRE_MOT_DE_PASSE))
			.andExpect(status().isTooManyRequests())
			.andExpect(montre(TROP_DE_COURRIELS));
		assertThat(comptes.parEmail(sousAdresse)).as("une sous-adresse arrive dans la même boîte").isEmpty();
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(titulaire.email())).isEqualTo(5);
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(nouvelle)).isEqualTo(5);
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(sousAdresse)).isZero();
	}

	@Test
	void auSixiemeCourrielDeLHeureLeChangementDAdresseEstRefuseEtLAdresseResteLaMeme() throws Exception {
		var compte = compte();
		var nouvelle = adresseUnique("changement");
		for (int demande = 1; demande <= 5; demande++) {
			mvc.perform(post("/mot-de-passe-oublie").param("email", nouvelle).with(csrf()))
				.andExpect(redirectedUrl("/mot-de-passe-oublie/envoye"));
		}

		mvc.perform(post("/mon-compte/email").param("email", nouvelle)
			.param("motDePasseActuel", MOT_DE_PASSE)
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isTooManyRequests()).andExpect(montre(TROP_DE_COURRIELS));
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(nouvelle)).isZero();
		assertThat(comptes.compte(compte.id()).email()).isEqualTo(compte.email());
	}

	/** The page of a refused form, without what differs from one submission to another: the address typed and the form's token. */
	private static String pageSans(MvcResult resultat, String email) throws Exception {
		return sansJetonCsrf(resultat.getResponse().getContentAsString()).replace(email, "ADRESSE");
	}

	/** Dates the mails of these addresses more than an hour back. */
	private void passerLHeure(String... emails) {
		var modifies = jdbc.sql("update courriels_par_adresse set depuis = ?").param(OffsetDateTime.now().minusMinutes(61)).update();
		assertThat(modifies).as("compteurs de courriels").isGreaterThanOrEqualTo(emails.length);
	}

	// Lengths

	@Test
	void unNomAfficheDePlusDe80CaracteresEstRefuseALInscriptionEt80SontAcceptes() throws Exception {
		var email = adresseUnique("long");
		mvc.perform(inscription(email, "N".repeat(81), MOT_DE_PASSE, MOT_DE_PASSE))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Le nom affiché est trop long : 80 caractères au plus."));
		assertThat(comptes.parEmail(email)).isEmpty();

		mvc.perform(inscription(email, "N".repeat(80), MOT_DE_PASSE, MOT_DE_PASSE))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/inscription/envoyee"));
		assertThat(comptes.parEmail(email)).hasValueSatisfying(c -> assertThat(c.nomAffiche()).hasSize(80));
	}

	@Test
	void unNomAfficheDePlusDe80CaracteresEstRefuseDansMonCompteEtLeNomResteLeMeme() throws Exception {
		var compte = compte();
		mvc.perform(post("/mon-compte/nom").param("nomAffiche", "N".repeat(81)).with(csrf()).with(connecte(compte)))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Le nom affiché est trop long : 80 caractères au plus."));
		assertThat(comptes.compte(compte.id()).nomAffiche()).isEqualTo(NOM);

		mvc.perform(post("/mon-compte/nom").param("nomAffiche", "   ").with(csrf()).with(connecte(compte)))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Le nom affiché est obligatoire."));
		assertThat(comptes.compte(compte.id()).nomAffiche()).isEqualTo(NOM);
	}

	@Test
	void uneAdresseDePlusDe254CaracteresEstRefuseeDansChaqueFormulaireEt254SontAcceptes() throws Exception {
		var trop = adresseDe(255);
		var message = "L'adresse électronique est trop longue : 254 caractères au plus.";

		mvc.perform(inscription(trop, NOM, MOT_DE_PASSE, MOT_DE_PASSE))
			.andExpect(status().isBadRequest())
			.andExpect(montre(message));
		assertThat(comptes.parEmail(trop)).isEmpty();

		mvc.perform(post("/mot-de-passe-oublie").param("email", trop).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(montre(message));

		var compte = compte();
		mvc.perform(post("/mon-compte/email").param("email", trop)
			.param("motDePasseActuel", MOT_DE_PASSE)
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isBadRequest()).andExpect(montre(message));
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(trop)).isZero();

		var juste = adresseDe(254);
		mvc.perform(inscription(juste, NOM, MOT_DE_PASSE, MOT_DE_PASSE))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/inscription/envoyee"));
		assertThat(comptes.parEmail(juste)).isPresent();
	}

	@Test
	void unNomDeStructureDePlusDe120CaracteresEstRefuseEt120SontAcceptes() throws Exception {
		var compte = compte();
		mvc.perform(structure(compte, "S".repeat(121), null, null))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Le nom de la structure est trop long : 120 caractères au plus."));
		assertThat(structures.de(compte.id())).isEmpty();

		mvc.perform(structure(compte, "S".repeat(120), null, null))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/mon-compte"));
		assertThat(structures.de(compte.id())).singleElement().satisfies(a -> assertThat(a.nom()).hasSize(120));
	}

	@Test
	void lesChampsObligatoiresLaissesVidesSontSignalesSansRienCreer() throws Exception {
		mvc.perform(inscription("", "", "", ""))
			.andExpect(status().isBadRequest())
			.andExpect(montre("L'adresse électronique est obligatoire."))
			.andExpect(montre("Le nom affiché est obligatoire."))
			.andExpect(montre("Le mot de passe est obligatoire."));

		var compte = compte();
		mvc.perform(post("/mon-compte/structures").param("nom", "").param("role", "MEMBRE").with(csrf()).with(connecte(compte)))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Choisissez le type de structure."))
			.andExpect(montre("Le nom de la structure est obligatoire."));
		assertThat(structures.de(compte.id())).isEmpty();
	}

	@Test
	void uneStructureSansRoleEstRefuseeEnDisantPourquoi() throws Exception {
		var compte = compte();
		mvc.perform(post("/mon-compte/structures").param("type", "COMMUNE")
			.param("nom", "Commune sans rôle")
			.param("role", "")
			.with(csrf())
			.with(connecte(compte)))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Choisissez votre rôle dans la structure."));
		assertThat(structures.de(compte.id())).isEmpty();
	}

	@Test
	void unLienCoupeAvantSonJetonDitQuelParametreManque() throws Exception {
		var page = mvc.perform(get("/inscription/confirmation")).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString();

		assertThat(HtmlUtils.htmlUnescape(page)).contains("Le paramètre « jeton » est obligatoire.");
	}

	@Test
	void lesChampsDuCompteBornentLaSaisieALaLongueurQueLeServeurAccepte() throws Exception {
		var page = mvc.perform(get("/mon-compte").with(connecte(compte()))).andReturn().getResponse().getContentAsString();

		assertThat(page).containsPattern("id=\"nom-nomAffiche\"[^>]*maxlength=\"80\"")
			.containsPattern("id=\"structure-siren\"[^>]*maxlength=\"14\"")
			.containsPattern("id=\"structure-rna\"[^>]*maxlength=\"14\"")
			.containsPattern("id=\"structure-nom\"[^>]*maxlength=\"120\"");
		assertThat(mvc.perform(get("/inscription")).andReturn().getResponse().getContentAsString())
			.containsPattern("id=\"nomAffiche\"[^>]*maxlength=\"80\"");
	}

	@Test
	void unTypeOuUnRoleDeStructureInconnuEstRefuseEnFrancais() throws Exception {
		var compte = compte();
		mvc.perform(post("/mon-compte/structures").param("type", "FOO")
			.param("nom", "Structure inventée")
			.param("role", "ROI")
			.with(csrf())
			.with(connecte(compte)))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Choisissez le type de structure dans la liste."))
			.andExpect(montre("Choisissez votre rôle dans la structure : membre ou gestionnaire."))
			.andExpect(content().string(not(containsString("Failed to convert"))));
		assertThat(structures.de(compte.id())).isEmpty();
	}

	// Addresses

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "pas-une-adresse", "camille@", "@exemple.fr", "camille martin@exemple.fr", "camille@exemple@fr" })
	void uneAdresseInvalideEstRefuseeDansChaqueFormulaire(String adresse) throws Exception {
		var message = "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.";
		mvc.perform(inscription(adresse, NOM, MOT_DE_PASSE, MOT_DE_PASSE))
			.andExpect(status().isBadRequest())
			.andExpect(montre(message));
		assertThat(comptes.parEmail(adresse)).isEmpty();

		mvc.perform(post("/mot-de-passe-oublie").param("email", adresse).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(montre(message));

		var compte = compte();
		mvc.perform(post("/mon-compte/email").param("email", adresse)
			.param("motDePasseActuel", MOT_DE_PASSE)
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isBadRequest()).andExpect(montre(message));
		assertThat(comptes.compte(compte.id()).email()).isEqualTo(compte.email());
	}

	// Passwords

	/** A weak password for an account (address, name), and the French reason it is refused. */
	enum MotDePasseFaible {

		TROP_COURT((email, nom) -> "Court-2025", "Le mot de passe doit compter au moins 12 caractères."),
		TROP_LONG((email, nom) -> "Aa1-" + "x".repeat(69),
				"Le mot de passe est trop long : 72 octets au plus (64 caractères sans accents)."),
		PAS_ASSEZ_VARIE((email, nom) -> "seulementdesminuscules2025",
				"Le mot de passe doit mêler au moins trois sortes de caractères parmi : minuscules, majuscules, chiffres, autres signes."),
		AVEC_LE_NOM((email, nom) -> "2025-" + nom + "-X", "Le mot de passe ne doit contenir ni votre nom ni votre adresse électronique."),
		AVEC_L_ADRESSE((email, nom) -> "X-" + email.substring(0, email.indexOf('@')) + "-2025",
				"Le mot de passe ne doit contenir ni votre nom ni votre adresse électronique.");

		private final BiFunction<String, String, String> motDePasse;

		private final String message;

		MotDePasseFaible(BiFunction<String, String, String> motDePasse, String message) {
			this.motDePasse = motDePasse;
			this.message = message;
		}

		String pour(Compte compte) {
			return motDePasse.apply(compte.email(), compte.nomAffiche());
		}

		String pour(String email, String nom) {
			return motDePasse.apply(email, nom);
		}

	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(MotDePasseFaible.class)
	void unMotDePasseFaibleEstRefuseALInscriptionSansCreerDeCompte(MotDePasseFaible faible) throws Exception {
		var email = adresseUnique("faible");
		var motDePasse = faible.pour(email, NOM);
		mvc.perform(inscription(email, NOM, motDePasse, motDePasse))
			.andExpect(status().isBadRequest())
			.andExpect(montre(faible.message));
		assertThat(comptes.parEmail(email)).isEmpty();
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(email)).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(MotDePasseFaible.class)
	void unMotDePasseFaibleEstRefuseDansMonCompteEtLAncienResteValable(MotDePasseFaible faible) throws Exception {
		var compte = compte();
		var motDePasse = faible.pour(compte);
		mvc.perform(post("/mon-compte/mot-de-passe").param("motDePasseActuel", MOT_DE_PASSE)
			.param("motDePasse", motDePasse)
			.param("confirmation", motDePasse)
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isBadRequest()).andExpect(montre(faible.message));
		assertThatCode(() -> comptes.verifierMotDePasse(compte.id(), MOT_DE_PASSE)).doesNotThrowAnyException();
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(MotDePasseFaible.class)
	void unMotDePasseFaibleEstRefuseALaReinitialisationEtLeLienResteUtilisable(MotDePasseFaible faible) throws Exception {
		var compte = compte();
		var jeton = jetonDeReinitialisation(compte);
		var motDePasse = faible.pour(compte);
		mvc.perform(nouveauMotDePasse(jeton, motDePasse))
			.andExpect(status().isBadRequest())
			.andExpect(montre(faible.message));
		assertThatCode(() -> comptes.verifierMotDePasse(compte.id(), MOT_DE_PASSE)).doesNotThrowAnyException();

		mvc.perform(nouveauMotDePasse(jeton, AUTRE_MOT_DE_PASSE)).andExpect(redirectedUrl("/connexion?reinitialise"));
		assertThatCode(() -> comptes.verifierMotDePasse(compte.id(), AUTRE_MOT_DE_PASSE)).doesNotThrowAnyException();
	}

	@Test
	void unMauvaisMotDePasseActuelEstRefuseEtNeChangeRien() throws Exception {
		var compte = compte();
		var incorrect = "Le mot de passe actuel est incorrect.";
		mvc.perform(post("/mon-compte/mot-de-passe").param("motDePasseActuel", "Pas-le-bon-2025")
			.param("motDePasse", AUTRE_MOT_DE_PASSE)
			.param("confirmation", AUTRE_MOT_DE_PASSE)
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isBadRequest()).andExpect(montre(incorrect));
		assertThatCode(() -> comptes.verifierMotDePasse(compte.id(), MOT_DE_PASSE)).doesNotThrowAnyException();

		var nouvelle = adresseUnique("refusee");
		mvc.perform(post("/mon-compte/email").param("motDePasseActuel", "Pas-le-bon-2025")
			.param("email", nouvelle)
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isBadRequest()).andExpect(montre(incorrect));
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(nouvelle)).isZero();

		mvc.perform(post("/mes-donnees/suppression").param("confirmation", "Pas-le-bon-2025")
			.with(csrf())
			.with(connecte(compte))).andExpect(status().isBadRequest()).andExpect(montre(incorrect));
		assertThat(comptes.parId(compte.id())).isPresent();
	}

	// Nothing tells whether an address has an account

	@Test
	void sInscrireAvecUneAdresseDejaPriseRepondCommePourUneNouvelleEtPrevientSonTitulaire() throws Exception {
		var titulaire = compte();
		var nouvelle = adresseUnique("nouvelle");

		var pourLaNouvelle = mvc.perform(inscription(nouvelle, "Alix Nouvelle", AUTRE_MOT_DE_PASSE, AUTRE_MOT_DE_PASSE))
			.andReturn();
		var pourLaPrise = mvc
			.perform(inscription(titulaire.email().toUpperCase(), "Alix Intruse", AUTRE_MOT_DE_PASSE, AUTRE_MOT_DE_PASSE))
			.andReturn();

		assertThat(pourLaPrise.getResponse().getStatus()).isEqualTo(302).isEqualTo(pourLaNouvelle.getResponse().getStatus());
		assertThat(pourLaPrise.getResponse().getRedirectedUrl()).isEqualTo("/inscription/envoyee")
			.isEqualTo(pourLaNouvelle.getResponse().getRedirectedUrl());
		assertThat(pourLaPrise.getResponse().getContentAsString()).isEqualTo(pourLaNouvelle.getResponse().getContentAsString());

		assertThat(BoiteMailDeTest.dernierMessagePour(nouvelle)).contains("/inscription/confirmation?jeton=");
		assertThat(BoiteMailDeTest.dernierMessagePour(titulaire.email()))
			.contains("Quelqu'un a demandé un compte AVA avec votre adresse, qui en a déjà un.")
			.contains("/mot-de-passe-oublie")
			.doesNotContain("jeton=");
		var inchange = comptes.compte(titulaire.id());
		assertThat(inchange.nomAffiche()).isEqualTo(NOM);
		assertThatCode(() -> comptes.verifierMotDePasse(titulaire.id(), MOT_DE_PASSE)).doesNotThrowAnyException();
	}

	@Test
	void leMotDePasseOubliePourUneAdresseInconnueRepondCommePourUneConnue() throws Exception {
		var connu = compte();
		var inconnue = adresseUnique("inconnue");

		var pourLaConnue = mvc.perform(post("/mot-de-passe-oublie").param("email", connu.email()).with(csrf())).andReturn();
		var pourLInconnue = mvc.perform(post("/mot-de-passe-oublie").param("email", inconnue).with(csrf())).andReturn();

		assertThat(pourLInconnue.getResponse().getStatus()).isEqualTo(302).isEqualTo(pourLaConnue.getResponse().getStatus());
		assertThat(pourLInconnue.getResponse().getRedirectedUrl()).isEqualTo("/mot-de-passe-oublie/envoye")
			.isEqualTo(pourLaConnue.getResponse().getRedirectedUrl());
		assertThat(pourLInconnue.getResponse().getContentAsString()).isEqualTo(pourLaConnue.getResponse().getContentAsString());
		assertThat(BoiteMailDeTest.dernierMessagePour(connu.email())).contains("/mot-de-passe-oublie/nouveau?jeton=");
		assertThat(BoiteMailDeTest.nombreDeMessagesPour(inconnue)).isZero();
	}

	@Test
	void laConnexionRefuseeDitLaMemeChosePourUneAdresseInconnueEtUnMauvaisMotDePasse() throws Exception {
		var compte = compte();

		var inconnue = seConnecter(adresseUnique("inconnue"), MOT_DE_PASSE, adresseIp());
		var mauvais = seConnecter(compte.email(), "Pas-le-bon-2025", adresseIp());

		assertThat(inconnue.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur")
			.isEqualTo(mauvais.getResponse().getRedirectedUrl());
		var pageInconnue = pageApres(inconnue);
		var pageMauvais = pageApres(mauvais);
		assertThat(alerte(pageInconnue)).isEqualTo(CONNEXION_REFUSEE).isEqualTo(alerte(pageMauvais));
		assertThat(sansJetonCsrf(pageInconnue)).isEqualTo(sansJetonCsrf(pageMauvais));
	}

	// Links sent by mail

	@Test
	void unLienDeReinitialisationDejaUtiliseEstRefuseEtLeMotDePasseNeChangePlus() throws Exception {
		var compte = compte();
		mvc.perform(post("/mot-de-passe-oublie").param("email", compte.email()).with(csrf()))
			.andExpect(redirectedUrl("/mot-de-passe-oublie/envoye"));
		var jeton = jetonDuDernierLienPour(compte.email());

		mvc.perform(nouveauMotDePasse(jeton, AUTRE_MOT_DE_PASSE)).andExpect(redirectedUrl("/connexion?reinitialise"));
		mvc.perform(nouveauMotDePasse(jeton, "Troisieme-essai-2027"))
			.andExpect(status().isBadRequest())
			.andExpect(montre(LIEN_INVALIDE));
		mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", jeton))
			.andExpect(status().isBadRequest())
			.andExpect(montre(LIEN_INVALIDE));

		assertThatCode(() -> comptes.verifierMotDePasse(compte.id(), AUTRE_MOT_DE_PASSE)).doesNotThrowAnyException();
		assertThatThrownBy(() -> comptes.verifierMotDePasse(compte.id(), "Troisieme-essai-2027"))
			.isInstanceOf(SaisieRefusee.class);
	}

	@Test
	void unLienDeReinitialisationExpireEstRefuseEtLeMotDePasseNeChangePas() throws Exception {
		var compte = compte();
		var jeton = jetonDeReinitialisation(compte);
		faireExpirer(compte, "REINITIALISATION");

		mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", jeton))
			.andExpect(status().isBadRequest())
			.andExpect(montre(LIEN_INVALIDE));
		mvc.perform(nouveauMotDePasse(jeton, AUTRE_MOT_DE_PASSE))
			.andExpect(status().isBadRequest())
			.andExpect(montre(LIEN_INVALIDE));

		assertThatCode(() -> comptes.verifierMotDePasse(compte.id(), MOT_DE_PASSE)).doesNotThrowAnyException();
		assertThatThrownBy(() -> comptes.verifierMotDePasse(compte.id(), AUTRE_MOT_DE_PASSE))
			.isInstanceOf(SaisieRefusee.class);
	}

	@Test
	void unLienDeConfirmationExpireEstRefuseEtLeCompteResteNonConfirme() throws Exception {
		var email = adresseUnique("expiree");
		mvc.perform(inscription(email, NOM, MOT_DE_PASSE, MOT_DE_PASSE)).andExpect(redirectedUrl("/inscription/envoyee"));
		var jeton = jetonDuDernierLienPour(email);
		var compte = comptes.parEmail(email).orElseThrow();
		faireExpirer(compte, "CONFIRMATION");

		mvc.perform(post("/inscription/confirmation").param("jeton", jeton).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(montre(LIEN_INVALIDE));
		assertThat(comptes.compte(compte.id()).emailConfirme()).isFalse();
	}

	@Test
	void unLienInventeEstRefuse() throws Exception {
		mvc.perform(get("/mot-de-passe-oublie/nouveau").param("jeton", "invente"))
			.andExpect(status().isBadRequest())
			.andExpect(montre(LIEN_INVALIDE));
		mvc.perform(post("/inscription/confirmation").param("jeton", "invente").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(montre(LIEN_INVALIDE));
		var compte = compte();
		mvc.perform(post("/mon-compte/email/confirmation").param("jeton", "invente").with(csrf()).with(connecte(compte)))
			.andExpect(status().isBadRequest())
			.andExpect(montre(LIEN_INVALIDE));
		assertThat(comptes.compte(compte.id()).email()).isEqualTo(compte.email());
	}

	// Forms from elsewhere

	@Test
	void unFormulaireSansJetonCsrfEstRefuseEn403AvecUnMessageEnFrancaisSansRienChanger() throws Exception {
		var message = "Ce formulaire a expiré ou ne vient pas d'AVA : rechargez la page, puis recommencez.";

		// A real server, for the error page the browser gets
		var email = adresseUnique("sans-jeton");
		var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		var formulaire = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&nomAffiche=Camille&motDePasse="
				+ MOT_DE_PASSE + "&confirmation=" + MOT_DE_PASSE;
		var reponse = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inscription"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html,application/xhtml+xml")
			.POST(HttpRequest.BodyPublishers.ofString(formulaire))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(reponse.statusCode()).isEqualTo(403);
		assertThat(reponse.body()).contains("Accès refusé").contains(HtmlUtils.htmlEscape(message, "UTF-8"));
		assertThat(comptes.parEmail(email)).isEmpty();

		// Logged in: without a token, then with a wrong one
		var compte = compte();
		mvc.perform(post("/mon-compte/nom").param("nomAffiche", "Nom Forcé").with(connecte(compte)))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute("message", message));
		mvc.perform(post("/mon-compte/nom").param("nomAffiche", "Nom Forcé").with(csrf().useInvalidToken()).with(connecte(compte)))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute("message", message));
		mvc.perform(post("/mes-donnees/suppression").param("confirmation", MOT_DE_PASSE).with(connecte(compte)))
			.andExpect(status().isForbidden());
		assertThat(comptes.parId(compte.id())).hasValueSatisfying(c -> assertThat(c.nomAffiche()).isEqualTo(NOM));
	}

	// Structures

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "732829321", "552100555", "73282932", "7328293200", "ABCDEFGHI", "732-829-320" })
	void unSirenInvalideEstRefuseSansRienAjouter(String siren) throws Exception {
		var compte = compte();
		mvc.perform(structure(compte, "Commune au SIREN faux", siren, null))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Le numéro SIREN compte 9 chiffres et sa clé de contrôle doit être juste."));
		assertThat(structures.de(compte.id())).isEmpty();
		assertThat(compte(compte.id()).roles()).containsExactly(Role.ACCOMPAGNATEUR);
	}

	@ParameterizedTest(name = "« {0} »")
	@ValueSource(strings = { "W75123456", "W7512345678", "X751234567", "751234567", "W7C1234567", "W2C1234567" })
	void unRnaInvalideEstRefuseSansRienAjouter(String rna) throws Exception {
		var compte = compte();
		mvc.perform(structure(compte, "Association au RNA faux", null, rna))
			.andExpect(status().isBadRequest())
			.andExpect(montre("Le numéro RNA s'écrit « W » suivi de 9 caractères, par exemple W751234567."));
		assertThat(structures.de(compte.id())).isEmpty();
	}

	@Test
	void unSirenEtUnRnaValablesSontAcceptesAvecDesEspacesOuEnMinuscules() throws Exception {
		var compte = compte();
		mvc.perform(structure(compte, "Commune au SIREN juste", "732 829 320", null)).andExpect(redirectedUrl("/mon-compte"));
		mvc.perform(structure(compte, "Association au RNA juste", null, "w2a1234567")).andExpect(redirectedUrl("/mon-compte"));
		assertThat(structures.de(compte.id())).extracting(a -> a.siren(), a -> a.rna())
			.containsExactlyInAnyOrder(tuple("732829320", null), tuple(null, "W2A1234567"));
	}

	@Test
	void unIdentifiantMalFormeOuUnRoleInconnuDonneUn400SansRienChanger() throws Exception {
		var compte = compte();
		mvc.perform(post("/mon-compte/structures/pas-un-identifiant/quitter").with(csrf()).with(connecte(compte)))
			.andExpect(status().isBadRequest());

		var administrateur = compte(Set.of(Role.ADMINISTRATEUR));
		mvc.perform(post("/admin/comptes/pas-un-identifiant/roles").param("role", "CURATEUR")
			.with(csrf())
			.with(connecte(administrateur))).andExpect(status().isBadRequest());
		mvc.perform(post("/admin/comptes/{id}/roles", compte.id()).param("role", "PAPE")
			.with(csrf())
			.with(connecte(administrateur))).andExpect(status().isBadRequest());
		assertThat(compte(compte.id()).roles()).containsExactly(Role.ACCOMPAGNATEUR);
	}

	// Login throttling

	@Test
	void uneAdresseOuUneProvenanceDemesureeALaConnexionEstUnEchecOrdinaire() throws Exception {
		var email = UUID.randomUUID() + "a".repeat(1000) + "@exemple.fr";
		var provenance = "10.0.0." + "9".repeat(400);

		assertThat(alerte(pageApres(seConnecter(email, "Pas-le-bon-2025", provenance)))).isEqualTo(CONNEXION_REFUSEE);
		assertThat(jdbc.sql("select cle from echec_de_connexion where cle like ?")
			.param("compte:" + email.substring(0, 36) + "%")
			.query(String.class)
			.list()).as("l'échec est compté pour ce début d'adresse").singleElement().asString().hasSizeLessThanOrEqualTo(300);
		assertThat(echecs(("adresse:" + provenance).substring(0, 300))).isEqualTo(1);
	}

	@Test
	void apresDesEchecsRepetesDepuisUneAdresseLaConnexionYEstFreineePuisBloqueeMemeAvecLeBonMotDePasse() throws Exception {
		var compte = compte();
		var ip = adresseIp();
		var cleDuCompteDepuisLAdresse = "compte-adresse:" + ip + "/" + compte.email();
		var cleDeLAdresse = "adresse:" + ip;
		var cleDuCompte = "compte:" + compte.email();

		for (int echec = 1; echec <= 3; echec++) {
			assertThat(alerte(pageApres(seConnecter(compte.email(), "Pas-le-bon-2025", ip)))).as("tentative %d", echec)
				.isEqualTo(CONNEXION_REFUSEE);
			assertThat(echecs(cleDuCompteDepuisLAdresse)).as("échecs comptés après la tentative %d", echec).isEqualTo(echec);
		}
		// Dated ahead so that the 2 s slowdown still runs when the next attempt arrives, however slow the machine
		dateLeDernierEchec(OffsetDateTime.now().plusSeconds(30), cleDuCompteDepuisLAdresse, cleDeLAdresse);
		var freinee = seConnecter(compte.email(), MOT_DE_PASSE, ip);
		assertThat(alerte(pageApres(freinee))).as("le bon mot de passe, trop tôt après 3 échecs")
			.startsWith("Trop de tentatives de connexion. Réessayez dans ")
			.endsWith(" secondes.");
		assertThat(echecs(cleDuCompteDepuisLAdresse)).isEqualTo(3);
		assertThat(echecs(cleDeLAdresse)).isEqualTo(3);
		assertThat(bloqueJusquA(cleDuCompteDepuisLAdresse)).isNull();

		for (int echec = 4; echec <= 10; echec++) {
			oublierLeDernierEchec(cleDuCompteDepuisLAdresse, cleDeLAdresse, cleDuCompte);
			assertThat(alerte(pageApres(seConnecter(compte.email(), "Pas-le-bon-2025", ip)))).isEqualTo(CONNEXION_REFUSEE);
		}
		assertThat(echecs(cleDuCompteDepuisLAdresse)).isEqualTo(10);
		assertThat(bloqueJusquA(cleDuCompteDepuisLAdresse)).isAfter(OffsetDateTime.now().plusMinutes(14));

		oublierLeDernierEchec(cleDuCompteDepuisLAdresse, cleDeLAdresse, cleDuCompte);
		var bloquee = mvc.perform(connexion(compte.email(), MOT_DE_PASSE, ip)).andExpect(unauthenticated()).andReturn();
		assertThat(alerte(pageApres(bloquee))).isEqualTo("Trop de tentatives de connexion. Réessayez dans 15 minutes.");

		// The failures of one address do not block the account from another
		mvc.perform(connexion(compte.email(), MOT_DE_PASSE, adresseIp()))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/tableau-de-bord"));
		var autre = compte();
		mvc.perform(connexion(autre.email(), MOT_DE_PASSE, adresseIp()))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/tableau-de-bord"));
	}

	@Test
	void desEchecsVenusDeNombreusesAdressesFreinentLeCompteSaufPourLeTitulaireDepuisUneAdresseDejaConnue() throws Exception {
		var compte = compte();
		var connue = adresseIp();
		mvc.perform(connexion(compte.email(), MOT_DE_PASSE, connue)).andExpect(authenticated());
		var cleDuCompte = "compte:" + compte.email();

		for (int echec = 1; echec <= 20; echec++) {
			assertThat(alerte(pageApres(seConnecter(compte.email(), "Pas-le-bon-2025", adresseIp())))).as("tentative %d", echec)
				.isEqualTo(CONNEXION_REFUSEE);
		}
		assertThat(echecs(cleDuCompte)).as("échecs comptés depuis des adresses inconnues du compte").isEqualTo(20);
		dateLeDernierEchec(OffsetDateTime.now().plusSeconds(30), cleDuCompte);

		var dAilleurs = seConnecter(compte.email(), MOT_DE_PASSE, adresseIp());
		assertThat(alerte(pageApres(dAilleurs))).as("le bon mot de passe, depuis une adresse inconnue du compte")
			.startsWith("Trop de tentatives de connexion. Réessayez dans ")
			.endsWith(" secondes.");
		// The owner, from an address they logged in from before, does not wait
		mvc.perform(connexion(compte.email(), MOT_DE_PASSE, connue))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/tableau-de-bord"));

		for (int echec = 21; echec <= 40; echec++) {
			oublierLeDernierEchec(cleDuCompte);
			assertThat(alerte(pageApres(seConnecter(compte.email(), "Pas-le-bon-2025", adresseIp())))).isEqualTo(CONNEXION_REFUSEE);
		}
		oublierLeDernierEchec(cleDuCompte);
		assertThat(bloqueJusquA(cleDuCompte)).as("freiné, jamais bloqué : le titulaire garde la main").isNull();
		mvc.perform(connexion(compte.email(), MOT_DE_PASSE, adresseIp())).andExpect(authenticated());
	}

	// Helpers

	private Compte compte() {
		return compte(Set.of());
	}

	private Compte compte(Set<Role> roles) {
		return comptes.creerConfirme(adresseUnique("saisie"), NOM, Optional.of(MOT_DE_PASSE), roles.isEmpty()
				? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
	}

	private Compte compte(UUID id) {
		return comptes.compte(id);
	}

	/** An address of exactly this length, valid otherwise (local part of 64, labels of 63 at most). */
	private static String adresseDe(int longueur) {
		var debut = "a".repeat(56) + UUID.randomUUID().toString().substring(0, 8) + "@" + "b".repeat(63) + "."
				+ "c".repeat(63) + ".";
		var reste = longueur - debut.length() - 3;
		return debut + "d".repeat(reste) + ".fr";
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder inscription(String email,
			String nom, String motDePasse, String confirmation) {
		return post("/inscription").param("email", email)
			.param("nomAffiche", nom)
			.param("motDePasse", motDePasse)
			.param("confirmation", confirmation)
			.with(csrf());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder nouveauMotDePasse(
			String jeton, String motDePasse) {
		return post("/mot-de-passe-oublie/nouveau").param("jeton", jeton)
			.param("motDePasse", motDePasse)
			.param("confirmation", motDePasse)
			.with(csrf());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder structure(Compte compte,
			String nom, String siren, String rna) {
		var requete = post("/mon-compte/structures").param("type", TypeDeStructure.ASSOCIATION.name())
			.param("nom", nom)
			.param("role", RoleDansLaStructure.GESTIONNAIRE.name())
			.with(csrf())
			.with(connecte(compte));
		if (siren != null) {
			requete.param("siren", siren);
		}
		if (rna != null) {
			requete.param("rna", rna);
		}
		return requete;
	}

	/** The page shows this French text, escaped as HTML (never as markup). */
	private static ResultMatcher montre(String texte) {
		return content().string(containsString(HtmlUtils.htmlEscape(texte, "UTF-8")));
	}

	private String jetonDeReinitialisation(Compte compte) {
		comptes.demanderReinitialisation(compte.email());
		return jetonDuDernierLienPour(compte.email());
	}

	private static String jetonDuDernierLienPour(String email) {
		var lien = BoiteMailDeTest.lienDuDernierMessagePour(email);
		return lien.substring(lien.indexOf("jeton=") + "jeton=".length());
	}

	private void faireExpirer(Compte compte, String usage) {
		var expires = jdbc.sql("update jeton_de_compte set expire_le = ? where compte_id = ? and usage = ?")
			.params(OffsetDateTime.now().minusMinutes(1), compte.id(), usage)
			.update();
		assertThat(expires).isEqualTo(1);
	}

	private static String adresseIp() {
		var hasard = ThreadLocalRandom.current();
		return "10." + hasard.nextInt(256) + "." + hasard.nextInt(256) + "." + (1 + hasard.nextInt(254));
	}

	private static RequestPostProcessor depuis(String ip) {
		return requete -> {
			requete.setRemoteAddr(ip);
			return requete;
		};
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder connexion(String email,
			String motDePasse, String ip) {
		return post("/connexion").param("email", email).param("motDePasse", motDePasse).with(csrf()).with(depuis(ip));
	}

	private MvcResult seConnecter(String email, String motDePasse, String ip) throws Exception {
		return mvc.perform(connexion(email, motDePasse, ip))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/connexion?erreur"))
			.andReturn();
	}

	/** The login page the refused attempt leads to, in the same session. */
	private String pageApres(MvcResult tentative) throws Exception {
		assertThat(tentative.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
		var cookies = tentative.getResponse().getCookies();
		assertThat(cookies).as("cookie de session").isNotEmpty();
		return mvc.perform(get("/connexion").param("erreur", "").cookie(cookies).with(depuisUneAdresseNeuve()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String alerte(String page) {
		var alerte = ALERTE.matcher(page);
		assertThat(alerte.find()).as("message d'erreur de la page de connexion").isTrue();
		return HtmlUtils.htmlUnescape(alerte.group(1).strip());
	}

	private static String sansJetonCsrf(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

	private int echecs(String cle) {
		return jdbc.sql("select echecs from echec_de_connexion where cle = ?").param(cle).query(Integer.class).single();
	}

	private @Nullable OffsetDateTime bloqueJusquA(String cle) {
		var lignes = jdbc.sql("select bloque_jusqu_a from echec_de_connexion where cle = ?")
			.param(cle)
			.query((ligne, n) -> Optional.ofNullable(ligne.getObject(1, OffsetDateTime.class)))
			.list();
		assertThat(lignes).as("ligne d'échecs " + cle).hasSize(1);
		return lignes.get(0).orElse(null);
	}

	/** Moves the last failure 10 minutes back: past any slow-down, still within the 15-minute window. */
	private void oublierLeDernierEchec(String... cles) {
		dateLeDernierEchec(OffsetDateTime.now().minusMinutes(10), cles);
	}

	private void dateLeDernierEchec(OffsetDateTime le, String... cles) {
		for (var cle : cles) {
			jdbc.sql("update echec_de_connexion set dernier_echec = ? where cle = ?").params(le, cle).update();
		}
	}

}
