package org.xinyong.workflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL database the integration tests run on. It is probed once per JVM; a missing database is created
 * (through the server's {@code postgres} maintenance database), so a fresh server needs no preparation.
 */
public final class PostgresTestDatabase {

    /** PostgreSQL's SQLSTATE for "database does not exist" and "database already exists". */
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";

    /** jdbc:postgresql://host[:port][,host2...]/database[?parameters] */
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]+)(\\?.*)?$");

    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private static volatile Availability availability;

    private PostgresTestDatabase() {
    }

    public static PostgresTestSettings settings() {
        return PostgresTestSettings.fromEnvironment();
    }

    /** Whether the database answers (creating it when the server answers but the database is missing). */
    public static Availability availability() {
        Availability known = availability;
        if (known == null) {
            synchronized (PostgresTestDatabase.class) {
                known = availability;
                if (known == null) {
                    known = probe(settings());
                    availability = known;
                }
            }
        }
        return known;
    }

    /**
     * A second database on the same server as {@link #settings()}, named {@code <test database>_<suffix>} and created
     * when missing, for a test that needs a schema of its own (e.g. one it cleans and migrates). Same credentials,
     * same {@code required} flag; {@link Availability#isReachable()} is false when the server does not answer.
     */
    public static Sibling sibling(String suffix) {
        PostgresTestSettings main = settings();
        Matcher parts = parse(main.url());
        String url = parts.group(1) + parts.group(2) + "_" + suffix + (parts.group(3) == null ? "" : parts.group(3));
        PostgresTestSettings own = new PostgresTestSettings(url, main.user(), main.password(), main.required());
        return new Sibling(own, probe(own));
    }

    /** A sibling database's settings and whether it answered. */
    public record Sibling(PostgresTestSettings settings, Availability availability) {
    }

    private static Availability probe(PostgresTestSettings settings) {
        try {
            connectAndClose(settings.url(), settings);
            return Availability.reachable();
        } catch (SQLException notThere) {
            if (!INVALID_CATALOG_NAME.equals(notThere.getSQLState())) {
                return Availability.unreachable(settings, notThere);
            }
        }
        try {
            createDatabase(settings);
            connectAndClose(settings.url(), settings);
            return Availability.reachable();
        } catch (SQLException | IllegalArgumentException cannotCreate) {
            return Availability.unreachable(settings, cannotCreate);
        }
    }

    private static void createDatabase(PostgresTestSettings settings) throws SQLException {
        try (Connection connection = connect(maintenanceUrl(settings.url()), settings);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + quoteIdentifier(databaseName(settings.url())));
        } catch (SQLException alreadyThere) {
            // another JVM created it in the meantime: fine
            if (!DUPLICATE_DATABASE.equals(alreadyThere.getSQLState())) {
                throw alreadyThere;
            }
        }
    }

    private static void connectAndClose(String url, PostgresTestSettings settings) throws SQLException {
        try (Connection connection = connect(url, settings)) {
            connection.isValid(CONNECT_TIMEOUT_SECONDS);
        }
    }

    private static Connection connect(String url, PostgresTestSettings settings) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        return DriverManager.getConnection(url, properties);
    }

    /** The same server's {@code postgres} maintenance database, with the same connection parameters. */
    static String maintenanceUrl(String url) {
        Matcher parts = parse(url);
        return parts.group(1) + "postgres" + (parts.group(3) == null ? "" : parts.group(3));
    }

    static String databaseName(String url) {
        return parse(url).group(2);
    }

    private static Matcher parse(String url) {
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a jdbc:postgresql://host:port/database URL: " + url);
        }
        return parts;
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The outcome of the probe, with a reason a developer can act on when the database is not there. */
    public record Availability(boolean isReachable, String reason) {

        static Availability reachable() {
            return new Availability(true, "");
        }

        static Availability unreachable(PostgresTestSettings settings, Exception cause) {
            return new Availability(false, "PostgreSQL not reachable at " + settings.url() + " as user '"
                    + settings.user() + "' (" + cause.getMessage() + "). Start PostgreSQL or point "
                    + "XINYONG_TEST_POSTGRES_URL / _USER / _PASSWORD at one.");
        }
    }
}
