package org.xinyong.workflow.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application's datasource at the integration-test PostgreSQL database, above every other source. */
public class PostgresDataSourceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY_SOURCE_NAME = "xinyongTestPostgres";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresTestSettings settings = PostgresTestDatabase.settings();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of(
                "spring.datasource.url", settings.url(),
                "spring.datasource.username", settings.user(),
                "spring.datasource.password", settings.password())));
    }
}
