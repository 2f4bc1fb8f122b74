package fr.ava.referentiel;

import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A version of the framework: a draft that curators edit, or a published, immutable text. */
public record Version(Numero numero, Statut statut, @Nullable Instant publieeLe) {

	public enum Statut {

		BROUILLON, PUBLIEE

	}

	public Version {
		if ((statut == Statut.PUBLIEE) != (publieeLe != null)) {
			throw new IllegalArgumentException("Une version publiée, et elle seule, a une date de publication");
		}
	}

	public static Version brouillon(Numero numero) {
		return new Version(numero, Statut.BROUILLON, null);
	}

	public boolean estPubliee() {
		return statut == Statut.PUBLIEE;
	}

	public Version publier(Instant le) {
		if (estPubliee()) {
			throw new IllegalStateException("La version " + numero + " est déjà publiée");
		}
		return new Version(numero, Statut.PUBLIEE, le);
	}

	/** A version number, "major.minor" ({@code 1.0}); numbers compare numerically. */
	public record Numero(int majeur, int mineur) implements Comparable<Numero> {

		private static final Pattern FORME = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

		private static final Comparator<Numero> ORDRE = Comparator.comparingInt(Numero::majeur)
			.thenComparingInt(Numero::mineur);

		public Numero {
			if (majeur < 0 || mineur < 0) {
				throw new IllegalArgumentException("Numéro de version négatif");
			}
		}

		public static Numero of(String texte) {
			var forme = texte == null ? null : FORME.matcher(texte);
			if (forme == null || !forme.matches()) {
				throw new NumeroDeVersionInvalide(texte);
			}
			return new Numero(Integer.parseInt(forme.group(1)), Integer.parseInt(forme.group(2)));
		}

		@Override
		public int compareTo(Numero autre) {
			return ORDRE.compare(this, autre);
		}

		@Override
		public String toString() {
			return majeur + "." + mineur;
		}

	}

}
