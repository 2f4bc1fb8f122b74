/**
 * Le tableau de bord : ce qu'une personne connectée retrouve d'un coup d'œil après la connexion
 * (positionnements, fiches de poste, analyses, ce qui est partagé avec elle). Il lit les autres
 * modules et personne ne dépend de lui.
 */
@NullMarked
package fr.ava.tableaudebord;

import org.jspecify.annotations.NullMarked;
