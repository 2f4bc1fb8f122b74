/**
 * Le socle commun : la mise en page, les erreurs en français et ce que tous les modules partagent.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fr.ava.socle;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
