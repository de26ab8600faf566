package org.xinyong.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** What "the application booted" means, checked the same way on H2 and on PostgreSQL. */
public final class ApplicationBootChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ApplicationBootChecks() {
    }

    public static void assertHealthUp(int port) {
        HttpResponse<String> health = get(port, "/actuator/health");
        assertThat(health.statusCode()).as("GET /actuator/health status").isEqualTo(200);
        assertThat(health.body()).as("GET /actuator/health body").contains("\"status\":\"UP\"");
    }

    public static void assertEngineDatabaseType(ProcessEngine engine, String expectedType) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDatabaseType()).as("Camunda engine database type").isEqualTo(expectedType);
    }

    /**
     * Flyway kept its history, and every migration file on its locations was applied. A file left unapplied
     * (e.g. below a baseline taken after Camunda had already created its tables) fails here, not in production.
     */
    public static void assertEveryMigrationApplied(Flyway flyway) {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).as("rows in Flyway's schema history table").isNotEmpty();

        Set<String> appliedScripts = Arrays.stream(applied)
                .filter(migration -> migration.getState() == MigrationState.SUCCESS)
                .map(migration -> fileName(migration.getScript()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> files = migrationFiles(flyway);
        assertThat(appliedScripts)
                .as("migration files %s against scripts recorded as applied in Flyway's history", files)
                .containsAll(files);
    }

    /** The Camunda webapp's REST servlets are mounted, and a request under /camunda gets an answer, not an error. */
    public static void assertCamundaWebappAnswers(ServletContext servletContext, int port) {
        ServletRegistration engineApi = servletContext.getServletRegistration("Engine Api");
        assertThat(engineApi).as("Camunda webapp servlet 'Engine Api'").isNotNull();
        assertThat(engineApi.getMappings()).contains("/camunda/api/engine/*");

        // Access rules may answer with the page, a redirect to a login page, 401 or 403; never 404 or 5xx.
        HttpResponse<String> welcome = get(port, "/camunda/app/welcome/default/");
        assertThat(welcome.statusCode()).as("GET /camunda/app/welcome/default/ status").isIn(200, 302, 401, 403);
    }

    private static Set<String> migrationFiles(Flyway flyway) {
        var configuration = flyway.getConfiguration();
        Set<String> prefixes = Set.of(configuration.getSqlMigrationPrefix(),
                configuration.getRepeatableSqlMigrationPrefix());
        String separator = configuration.getSqlMigrationSeparator();
        var resolver = new PathMatchingResourcePatternResolver();
        Set<String> files = new TreeSet<>();
        for (Location location : configuration.getLocations()) {
            assertThat(location.isClassPath()).as("Flyway location %s is on the classpath", location).isTrue();
            try {
                for (Resource resource : resolver.getResources("classpath*:" + location.getRootPath() + "/**/*.sql")) {
                    String name = resource.getFilename();
                    if (name != null && name.contains(separator)
                            && prefixes.contains(name.substring(0, 1))) {
                        files.add(name);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot list migrations in " + location, e);
            }
        }
        return files;
    }

    private static String fileName(String script) {
        return script.substring(script.lastIndexOf('/') + 1);
    }

    private static HttpResponse<String> get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }
}
