package fr.ava.socle;

import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.ava.Prerequis;

/** The same registry, created by the same migration, on PostgreSQL with the "postgres" profile. */
@ActiveProfiles("postgres")
@EnabledIf("fr.ava.Prerequis#postgresql")
class RegistreDesEvenementsSurPostgresqlTests extends RegistreDesEvenementsTests {

	@DynamicPropertySource
	static void basePostgresql(DynamicPropertyRegistry proprietes) {
		Prerequis.basePostgresql(proprietes);
	}

}
