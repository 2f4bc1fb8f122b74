package fr.ava.recherche;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

import fr.ava.recherche.internal.IndexDeVersion;
import fr.ava.referentiel.Permaliens;
import fr.ava.referentiel.Referentiel;
import fr.ava.referentiel.Referentiels;
import fr.ava.referentiel.Version;
import fr.ava.referentiel.VersionPubliee;

/**
 * French full-text search in a published version. Each version gets its own index in memory, built
 * on first use or as soon as it is published; published versions never change, so neither does it.
 * The event only builds it ahead: it comes after commit, in the background, and to the instance that
 * published the version alone, so a search never waits for it.
 */
@Service
public class Recherche {

	/** Longer queries are cut: nobody types more, and it bounds the work of one request. */
	public static final int LONGUEUR_MAXIMALE = 200;

	private final Referentiels referentiels;

	private final Permaliens permaliens;

	private final ConcurrentMap<Version.Numero, IndexDeVersion> index = new ConcurrentHashMap<>();

	Recherche(Referentiels referentiels, Permaliens permaliens) {
		this.referentiels = referentiels;
		this.permaliens = permaliens;
	}

	public ResultatsDeRecherche rechercher(Referentiel referentiel, String requete, int limite) {
		var texte = requete.strip();
		if (texte.length() > LONGUEUR_MAXIMALE) {
			texte = texte.substring(0, LONGUEUR_MAXIMALE);
		}
		if (texte.isEmpty()) {
			return ResultatsDeRecherche.vide(referentiel.numero().toString(), texte);
		}
		return index(referentiel).rechercher(texte, limite);
	}

	@ApplicationModuleListener
	void indexer(VersionPubliee publiee) {
		index(referentiels.publiee(publiee.numero()));
	}

	/** Whether the index of this version is built: what the event changes, for the module's scenario. */
	boolean estIndexee(Version.Numero numero) {
		return index.containsKey(numero);
	}

	private IndexDeVersion index(Referentiel referentiel) {
		return index.computeIfAbsent(referentiel.numero(), numero -> new IndexDeVersion(referentiel, permaliens));
	}

}
