package fr.ava.positionnement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The level profile as a radar chart drawn on the server (SVG): one axis per mission or function,
 * its mean level on a 0–4 scale. The page shows the same figures in a table.
 */
public record Radar(int taille, List<Axe> axes, List<String> grilles, String profil) {

	/** An axis: its end point, its label's position and anchor, and the mean it carries. */
	public record Axe(String libelle, double x, double y, double xLibelle, double yLibelle, String ancrage) {
	}

	private static final int TAILLE = 520;

	private static final double CENTRE = TAILLE / 2.0;

	private static final double RAYON = 170;

	private static final int MAXIMUM = Niveau.TRANSMETTRE.valeur();

	static Radar de(List<Resultats.Profil> profils) {
		var n = Math.max(profils.size(), 3);
		var axes = new ArrayList<Axe>();
		var points = new ArrayList<String>();
		for (int i = 0; i < profils.size(); i++) {
			var angle = angle(i, n);
			var profil = profils.get(i);
			var libelleX = CENTRE + (RAYON + 14) * Math.cos(angle);
			var ancrage = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : (Math.cos(angle) > 0 ? "start" : "end");
			axes.add(new Axe(profil.libelle(), x(angle, RAYON), y(angle, RAYON), libelleX,
					CENTRE + (RAYON + 14) * Math.sin(angle) + 4, ancrage));
			var valeur = profil.moyenne() == null ? 0 : profil.moyenne() / MAXIMUM;
			points.add(point(angle, RAYON * valeur));
		}
		var grilles = new ArrayList<String>();
		for (int niveau = 1; niveau <= MAXIMUM; niveau++) {
			var cercle = new ArrayList<String>();
			for (int i = 0; i < n; i++) {
				cercle.add(point(angle(i, n), RAYON * niveau / MAXIMUM));
			}
			grilles.add(String.join(" ", cercle));
		}
		return new Radar(TAILLE, axes, grilles, String.join(" ", points));
	}

	private static double angle(int i, int n) {
		return -Math.PI / 2 + 2 * Math.PI * i / n;
	}

	private static double x(double angle, double rayon) {
		return CENTRE + rayon * Math.cos(angle);
	}

	private static double y(double angle, double rayon) {
		return CENTRE + rayon * Math.sin(angle);
	}

	private static String point(double angle, double rayon) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x(angle, rayon), y(angle, rayon));
	}

	public double centre() {
		return CENTRE;
	}

	/** The drawing's box, with room on each side for the axes' labels. */
	public String cadre() {
		return "-140 0 " + (taille + 280) + " " + taille;
	}

}
