package fr.ava.positionnement;

import org.jspecify.annotations.Nullable;

/**
 * What the person said about one item: a competency's level, an activity's frequency, a portfolio
 * example (useful later for a VAE), a value's reflection with a note.
 */
public record Reponse(@Nullable Niveau niveau, @Nullable Frequence frequence, @Nullable String exemple,
		@Nullable Sens sens, @Nullable String note) {

	public static final Reponse AUCUNE = new Reponse(null, null, null, null, null);

}
