package org.xinyong.workflow.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableFailureAnalyzerTest {

    /** Nothing listens on port 1 of the loopback: the driver's real "connection refused". */
    private static final String UNREACHABLE_URL = "jdbc:postgresql://127.0.0.1:1/xinyong?connectTimeout=2";

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty(DatabaseUnreachableFailureAnalyzer.URL_PROPERTY, UNREACHABLE_URL);
    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(environment);

    @Test
    void theDriversRefusedConnectionNamesTheUrlOnOneLineAndWhatToCheck() {
        SQLException refused = connect(UNREACHABLE_URL);
        // as the application meets it: Flyway's or the pool's bean fails with the driver's exception deep inside
        Throwable startUp = new BeanCreationException("flywayInitializer",
                new IllegalStateException("Failed to obtain JDBC Connection", refused));

        FailureAnalysis analysis = analyzer.analyze(startUp);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Cannot reach the database at " + UNREACHABLE_URL + ": ")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("running", "port", "SPRING_DATASOURCE_URL");
        assertThat(analysis.getCause()).isSameAs(startUp);
    }

    @Test
    void aNetworkFailureUnderAnSqlExceptionWithoutStateIsUnreachableToo() {
        Throwable failure = new RuntimeException(new SQLException("I/O error", null,
                new ConnectException("Connection refused")));

        assertThat(analyzer.analyze(failure).getDescription()).contains(UNREACHABLE_URL, "I/O error");
    }

    @Test
    void aRefusedPasswordAndAMissingDatabaseSaySo() {
        FailureAnalysis login = analyzer.analyze(new RuntimeException(
                new SQLException("FATAL: password authentication failed for user \"x\"", "28P01")));
        assertThat(login.getDescription()).contains("refused the user name or password");
        assertThat(login.getAction()).contains("SPRING_DATASOURCE_PASSWORD");

        FailureAnalysis missing = analyzer.analyze(new RuntimeException(
                new SQLException("FATAL: database \"nope\" does not exist", "3D000")));
        assertThat(missing.getAction()).contains("Create the database");
    }

    @Test
    void otherFailuresAreLeftToTheStackTrace() {
        assertThat(analyzer.analyze(new RuntimeException(new SQLException("syntax error", "42601")))).isNull();
        assertThat(analyzer.analyze(new ConnectException("SMTP refused"))).as("no database involved").isNull();
        assertThat(analyzer.analyze(new IllegalStateException("boom"))).isNull();
    }

    @Test
    void aPasswordInTheUrlIsNeverPrinted() {
        MockEnvironment withPassword = new MockEnvironment().withProperty(
                DatabaseUnreachableFailureAnalyzer.URL_PROPERTY, "jdbc:postgresql://db/x?user=a&password=secret&ssl=true");

        String description = new DatabaseUnreachableFailureAnalyzer(withPassword)
                .analyze(new SQLException("refused", "08001")).getDescription();

        assertThat(description).contains("password=***&ssl=true").doesNotContain("secret");
    }

    @Test
    void springBootFindsTheAnalyzer() {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, ArgumentResolver.of(Environment.class, environment)
                        .and(BeanFactory.class, new DefaultListableBeanFactory()),
                        // as Spring Boot does: analyzers of absent libraries (e.g. Liquibase) are skipped
                        (type, implementation, failure) -> { });

        assertThat(analyzers).hasAtLeastOneElementOfType(DatabaseUnreachableFailureAnalyzer.class);
    }

    private static SQLException connect(String url) {
        try {
            DriverManager.getConnection(url, "postgres", "").close();
        } catch (SQLException expected) {
            return expected;
        }
        throw new AssertionError("something listens on " + url);
    }
}
