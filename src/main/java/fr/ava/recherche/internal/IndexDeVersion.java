package fr.ava.recherche.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;

import fr.ava.recherche.AnalyseurFrancais;
import fr.ava.recherche.Resultat;
import fr.ava.recherche.ResultatsDeRecherche;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Noeud;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Perimetre;
import fr.ava.referentiel.Referentiel;

/** The search index of one published version, in memory: one document per item. */
public final class IndexDeVersion {

	private static final String CODE = "code";

	private static final String TEXTE = "texte";

	/** Shorter stems only match whole words: "cop*" would find far too much. */
	private static final int PREFIXE_MINIMAL = 4;

	private static final int LONGUEUR_EXTRAIT = 220;

	private static final Set<Nature> NON_INDEXEES = Set.of(Nature.GROUPE_DE_MISSIONS);

	/** How many corrected searches a search that finds nothing proposes, at most. */
	private static final int SUGGESTIONS = 3;

	private final AnalyseurFrancais analyseur = new AnalyseurFrancais();

	private final Referentiel referentiel;

	private final Permaliens permaliens;

	private final IndexSearcher chercheur;

	/** The item of each document, read once: stored fields are costly to read at each search. */
	private final Noeud[] noeudsParDocument;

	private final Orthographe orthographe;

	public IndexDeVersion(Referentiel referentiel, Permaliens permaliens) {
		this.referentiel = referentiel;
		this.permaliens = permaliens;
		var lecteur = indexer(referentiel);
		this.chercheur = new IndexSearcher(lecteur);
		this.noeudsParDocument = noeudsParDocument(lecteur);
		this.orthographe = new Orthographe(lecteur, indexes(referentiel).map(Noeud::libelle).toList());
	}

	private static Stream<Noeud> indexes(Referentiel referentiel) {
		return referentiel.noeuds().stream().filter(noeud -> !NON_INDEXEES.contains(noeud.nature()));
	}

	private Noeud[] noeudsParDocument(DirectoryReader lecteur) {
		try {
			var stockes = lecteur.storedFields();
			var noeuds = new Noeud[lecteur.maxDoc()];
			for (int document = 0; document < noeuds.length; document++) {
				noeuds[document] = referentiel.noeud(Code.of(stockes.document(document).get(CODE))).orElseThrow();
			}
			return noeuds;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private DirectoryReader indexer(Referentiel referentiel) {
		var repertoire = new ByteBuffersDirectory();
		var parChamp = new PerFieldAnalyzerWrapper(analyseur,
				Map.of(Orthographe.CHAMP, new Orthographe.AnalyseurDesMots(true)));
		try (var redacteur = new IndexWriter(repertoire, new IndexWriterConfig(parChamp))) {
			for (var noeud : indexes(referentiel).toList()) {
				var document = new Document();
				document.add(new StringField(CODE, noeud.code().valeur(), Field.Store.YES));
				document.add(new TextField(TEXTE, noeud.libelle(), Field.Store.NO));
				document.add(new TextField(Orthographe.CHAMP, noeud.libelle(), Field.Store.NO));
				redacteur.addDocument(document);
			}
			redacteur.commit();
			return DirectoryReader.open(repertoire);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The items that match a text; a text that is the code of an item ("FT01-C02", "ft01") finds
	 * that item alone.
	 */
	public ResultatsDeRecherche rechercher(String texte, int limite) {
		var numero = referentiel.numero().toString();
		var nomme = elementNomme(texte);
		if (nomme != null) {
			var resultat = resultat(nomme, new Surligneur(analyseur, List.of(), PREFIXE_MINIMAL, LONGUEUR_EXTRAIT));
			return new ResultatsDeRecherche(numero, texte, 1, grouper(List.of(resultat)), resultat, List.of());
		}
		var trouves = trouver(texte, limite);
		return new ResultatsDeRecherche(numero, texte, trouves.total(), trouves.groupes(), null,
				suggestions(texte, trouves.total() > 0));
	}

	private @Nullable Noeud elementNomme(String texte) {
		var code = texte.strip().toUpperCase(Locale.ROOT);
		if (!Code.estValide(code)) {
			return null;
		}
		return referentiel.noeud(Code.of(code)).filter(noeud -> !NON_INDEXEES.contains(noeud.nature())).orElse(null);
	}

	/**
	 * The text with each word the framework does not write replaced by one of the nearest it does:
	 * the nearest first, then the next ones, those only that find something. When the text found
	 * something already, the singular or plural of a typed word is no correction ("subventions").
	 */
	private List<String> suggestions(String texte, boolean trouve) {
		var inconnus = new ArrayList<int[]>();
		var proches = new ArrayList<List<String>>();
		orthographe.mots(texte, (mot, position) -> {
			if (orthographe.inconnu(mot)) {
				var siens = orthographe.proches(mot, SUGGESTIONS)
					.stream()
					.filter(proche -> !trouve || !Orthographe.auNombrePres(mot, proche))
					.toList();
				if (!siens.isEmpty()) {
					inconnus.add(position);
					proches.add(siens);
				}
			}
		});
		var suggestions = new ArrayList<String>();
		for (int rang = 0; rang < SUGGESTIONS && !inconnus.isEmpty(); rang++) {
			var corrige = new StringBuilder(texte);
			for (int i = inconnus.size() - 1; i >= 0; i--) {
				var siens = proches.get(i);
				corrige.replace(inconnus.get(i)[0], inconnus.get(i)[1], siens.get(Math.min(rang, siens.size() - 1)));
			}
			var suggestion = corrige.toString();
			if (!suggestions.contains(suggestion) && trouver(suggestion, 1).total() > 0) {
				suggestions.add(suggestion);
			}
		}
		return suggestions;
	}

	private ResultatsDeRecherche trouver(String texte, int limite) {
		var numero = referentiel.numero().toString();
		var mots = RequeteDeRecherche.mots(analyseur, TEXTE, texte);
		if (mots.isEmpty()) {
			return ResultatsDeRecherche.vide(numero, texte);
		}
		var requete = RequeteDeRecherche.requete(TEXTE, mots, PREFIXE_MINIMAL);
		var surligneur = new Surligneur(analyseur, mots, PREFIXE_MINIMAL, LONGUEUR_EXTRAIT);
		try {
			var trouves = chercheur.search(requete, limite);
			var resultats = new ArrayList<Resultat>();
			for (var trouve : trouves.scoreDocs) {
				resultats.add(resultat(noeudsParDocument[trouve.doc], surligneur));
			}
			return new ResultatsDeRecherche(numero, texte, resultats.size(), grouper(resultats), null, List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Resultat resultat(Noeud noeud, Surligneur surligneur) {
		var perimetre = referentiel.perimetreDe(noeud.code())
			.filter(trouve -> !trouve.code().equals(noeud.code()))
			.map(Perimetre::libelle)
			.orElse(null);
		return new Resultat(noeud.code().valeur(), noeud.nature(), noeud.libelle(), surligneur.extrait(noeud.libelle()),
				permaliens.element(referentiel, noeud.code()), perimetre);
	}

	private static List<ResultatsDeRecherche.Groupe> grouper(List<Resultat> resultats) {
		var parNature = new LinkedHashMap<Nature, List<Resultat>>();
		resultats.stream()
			.sorted(Comparator.comparing(Resultat::nature))
			.forEach(resultat -> parNature.computeIfAbsent(resultat.nature(), nature -> new ArrayList<>()).add(resultat));
		return parNature.entrySet()
			.stream()
			.map(groupe -> new ResultatsDeRecherche.Groupe(groupe.getKey(), groupe.getKey().libellePluriel(),
					groupe.getValue()))
			.toList();
	}

}
