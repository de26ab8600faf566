package org.xinyong.workflow.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test against a real PostgreSQL database: the whole application on a random port, with the
 * {@code demo} profile, its datasource pointed at {@link PostgresTestDatabase#settings()}.
 *
 * <p>Every class carrying this annotation (and nothing else that changes the context: no {@code @MockitoBean},
 * no extra properties) shares ONE cached Spring context, so Camunda and Flyway set up the schema once per run.
 * The database is shared and outlives the run: tests create their own data and never assume empty tables.
 *
 * <p>When PostgreSQL cannot be reached the tests are skipped, unless {@code XINYONG_REQUIRE_POSTGRES=true}
 * (set by CI), which makes them fail instead.
 *
 * <p>Tagged {@value #SHARED_CONTEXT}: Failsafe runs these classes in one reused JVM (app/pom.xml, execution
 * {@code shared-context}), so the context really is started once; every other IT gets a JVM of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// Declared before @SpringBootTest so that the availability check runs before Spring loads the context.
@ExtendWith(PostgresAvailability.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ContextConfiguration(initializers = PostgresDataSourceInitializer.class)
@Tag(PostgresIntegrationTest.SHARED_CONTEXT)
public @interface PostgresIntegrationTest {

    /** The JUnit tag of the ITs that share one Spring context and therefore one JVM. */
    String SHARED_CONTEXT = "shared-context";
}
