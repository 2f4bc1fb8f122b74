package fr.ava.referentiel;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;

import java.util.List;

import fr.ava.referentiel.internal.ReferentielCanonique;

/**
 * For web slices: the mock of {@link Referentiels} answers as the application after its first start, with
 * the canonical version 1.0 published and no other. The mock must call real methods, so that
 * {@code publiee(String)} resolves "1.0" and "derniere" as it does.
 */
public final class ReferentielsPublies {

	private ReferentielsPublies() {
	}

	public static Referentiel seulementLaVersionCanonique(Referentiels referentiels) {
		var canonique = ReferentielCanonique.lu();
		given(referentiels.versionsPubliees()).willReturn(List.of(canonique.version()));
		given(referentiels.dernierePubliee()).willReturn(canonique);
		willAnswer(appel -> {
			Version.Numero numero = appel.getArgument(0);
			if (!numero.equals(canonique.numero())) {
				throw new VersionIntrouvable(numero.toString());
			}
			return canonique;
		}).given(referentiels).publiee(any(Version.Numero.class));
		return canonique;
	}

}
