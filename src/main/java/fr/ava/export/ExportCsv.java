package fr.ava.export;

import java.util.List;

import org.springframework.stereotype.Component;

import fr.ava.referentiel.Referentiel;
import fr.ava.socle.TableurFrancais;

/** A version as one spreadsheet row per item, the way French spreadsheets open it. */
@Component
public class ExportCsv {

	/** The file's text, byte order mark first. */
	public String exporter(Referentiel referentiel) {
		return TableurFrancais.ecrire(List.of(Ligne.COLONNES), Ligne.de(referentiel).stream().map(Ligne::valeurs).toList());
	}

}
