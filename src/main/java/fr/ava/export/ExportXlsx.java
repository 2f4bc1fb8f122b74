package fr.ava.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import fr.ava.referentiel.Nature;
import fr.ava.referentiel.Referentiel;

/** A version as an Excel workbook: one sheet per kind of item, header row frozen, columns sized. */
@Component
public class ExportXlsx {

	/** Column widths, in characters: the texts get room, the codes little. */
	private static final int[] LARGEURS = { 8, 18, 22, 14, 7, 80, 60 };

	public byte[] exporter(Referentiel referentiel) {
		var parNature = Ligne.de(referentiel)
			.stream()
			.collect(Collectors.groupingBy(Ligne::nature, LinkedHashMap::new, Collectors.toList()));
		try (var classeur = new XSSFWorkbook(); var sortie = new ByteArrayOutputStream()) {
			var entete = classeur.createCellStyle();
			var gras = classeur.createFont();
			gras.setBold(true);
			entete.setFont(gras);
			var texte = classeur.createCellStyle();
			texte.setWrapText(true);
			parNature.forEach((nature, lignes) -> remplir(classeur.createSheet(nom(nature)), lignes, entete, texte));
			classeur.write(sortie);
			return sortie.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void remplir(Sheet feuille, List<Ligne> lignes, CellStyle entete, CellStyle texte) {
		var titres = feuille.createRow(0);
		for (int colonne = 0; colonne < Ligne.COLONNES.length; colonne++) {
			var cellule = titres.createCell(colonne);
			cellule.setCellValue(Ligne.COLONNES[colonne]);
			cellule.setCellStyle(entete);
			feuille.setColumnWidth(colonne, LARGEURS[colonne] * 256);
		}
		feuille.createFreezePane(0, 1);
		for (int i = 0; i < lignes.size(); i++) {
			var rangee = feuille.createRow(i + 1);
			var valeurs = lignes.get(i).valeurs();
			for (int colonne = 0; colonne < valeurs.size(); colonne++) {
				var cellule = rangee.createCell(colonne);
				if (valeurs.get(colonne) instanceof Integer nombre) {
					cellule.setCellValue(nombre);
				}
				else {
					cellule.setCellValue(valeurs.get(colonne).toString());
					cellule.setCellStyle(texte);
				}
			}
		}
	}

	/** A sheet name: the kind in words, within Excel's 31 characters. */
	private static String nom(Nature nature) {
		var nom = nature.libellePluriel();
		return nom.length() <= 31 ? nom : nom.substring(0, 31);
	}

}
