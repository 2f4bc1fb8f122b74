package fr.ava.compte.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The sessions in the database, shared by every instance. */
@Configuration(proxyBeanMethods = false)
class SessionsEnBase {

	private static final String H2 = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

	/**
	 * Attributes written by upsert: two simultaneous requests of one session (two tabs, two
	 * instances) may both add the same attribute, such as the CSRF token, and the second plain INSERT
	 * would fail on the primary key.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributsEcritsParUpsert(DataSource base) {
		var produit = new JdbcTemplate(base)
			.execute((ConnectionCallback<String>) connexion -> connexion.getMetaData().getDatabaseProductName());
		if (produit != null && produit.contains("PostgreSQL")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return depot -> depot.setCreateSessionAttributeQuery(H2);
	}

	/**
	 * What the requests use: the same sessions, with fewer reads and writes. A wrapper around the
	 * repository Spring Boot configures, because Boot would leave out its own, and its settings, for
	 * any other.
	 */
	@Bean
	static BeanPostProcessor sessionsAllegees() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository enBase
						? new SansSecondeLecture<>(new DernierAccesALaMinute<>(enBase)) : bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<SansSecondeLecture.PendantLaRequete> sessionsEnregistreesPendantLaRequete() {
		var enregistrement = new FilterRegistrationBean<>(new SansSecondeLecture.PendantLaRequete());
		enregistrement.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return enregistrement;
	}

}
