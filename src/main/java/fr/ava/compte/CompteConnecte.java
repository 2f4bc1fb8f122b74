package fr.ava.compte;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.core.annotation.CurrentSecurityContext;

/**
 * Binds a controller parameter ({@code @CompteConnecte UUID compte}) to the id of the account logged in:
 * the name of its authentication. Resolved by Spring Security's argument resolver, on routes that
 * require a login.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@CurrentSecurityContext(expression = "T(java.util.UUID).fromString(authentication.name)", errorOnInvalidType = true)
public @interface CompteConnecte {

	/**
	 * The display name shown in the header of every page, kept in the session so that a page does not
	 * read the account for it. A plain string: it stays readable whatever becomes of AVA's classes.
	 */
	String NOM_AFFICHE = "ava.nomAffiche";

}
