package fr.ava.positionnement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.ava.positionnement.Partages.Equipe;
import fr.ava.positionnement.Partages.MoyenneDEquipe;
import fr.ava.positionnement.internal.PartagesAvecStructuresEnBase;
import fr.ava.referentiel.Code;
import fr.ava.referentiel.Referentiels;

/**
 * The anonymous means of a structure's team: per mission and function, the mean level over the approved
 * members who rated it (each member's latest shared self-assessment counts once), shown only where at
 * least {@value Partages#SEUIL_D_ANONYMAT} people rated it. No count is ever given: comparing two views
 * must not single out the one person who joined or left.
 */
@Component
class MoyennesDesEquipes {

	private final PartagesAvecStructuresEnBase partages;

	private final Positionnements positionnements;

	private final Referentiels referentiels;

	MoyennesDesEquipes(PartagesAvecStructuresEnBase partages, Positionnements positionnements, Referentiels referentiels) {
		this.partages = partages;
		this.positionnements = positionnements;
		this.referentiels = referentiels;
	}

	Equipe de(UUID structureId, String structure) {
		var dernierParMembre = partages.dernierParMembre(structureId);
		if (dernierParMembre.size() < Partages.SEUIL_D_ANONYMAT) {
			return new Equipe(structureId, structure, false, List.of());
		}
		var niveaux = new LinkedHashMap<Code, List<Double>>();
		dernierParMembre.forEach((membre, id) -> {
			var positionnement = positionnements.de(membre, id);
			var perimetres = positionnements.perimetresDe(positionnement);
			for (var profil : Resultats.de(positionnement, perimetres, positionnements.referentielDe(positionnement)).profils()) {
				if (profil.moyenne() != null) {
					niveaux.computeIfAbsent(profil.code(), code -> new ArrayList<>()).add(profil.moyenne());
				}
			}
		});
		var moyennes = referentiels.dernierePubliee().perimetres().stream().map(perimetre -> {
			var donnes = niveaux.getOrDefault(perimetre.code(), List.of());
			var moyenne = donnes.size() < Partages.SEUIL_D_ANONYMAT ? null
					: donnes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			return new MoyenneDEquipe(perimetre.code(), perimetre.libelle(), moyenne);
		}).toList();
		return new Equipe(structureId, structure, true, moyennes);
	}

}
