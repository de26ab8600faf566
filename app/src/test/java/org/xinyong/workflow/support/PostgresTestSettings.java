package org.xinyong.workflow.support;

/**
 * Where the PostgreSQL integration tests connect: environment variables, else the defaults for a developer's
 * machine (PostgreSQL on localhost, trust authentication). Maven's forked test JVMs inherit the environment.
 *
 * @param url      {@code XINYONG_TEST_POSTGRES_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/xinyong_test}
 * @param user     {@code XINYONG_TEST_POSTGRES_USER}, default {@code postgres}
 * @param password {@code XINYONG_TEST_POSTGRES_PASSWORD}, default empty
 * @param required {@code XINYONG_REQUIRE_POSTGRES}: when {@code true} an unreachable database fails the tests
 */
public record PostgresTestSettings(String url, String user, String password, boolean required) {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/xinyong_test";

    public static PostgresTestSettings fromEnvironment() {
        return new PostgresTestSettings(
                value("XINYONG_TEST_POSTGRES_URL", DEFAULT_URL),
                value("XINYONG_TEST_POSTGRES_USER", "postgres"),
                value("XINYONG_TEST_POSTGRES_PASSWORD", ""),
                Boolean.parseBoolean(value("XINYONG_REQUIRE_POSTGRES", "false").trim()));
    }

    private static String value(String environmentVariable, String defaultValue) {
        String fromEnvironment = System.getenv(environmentVariable);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : defaultValue;
    }

    @Override
    public String toString() {
        return "PostgresTestSettings[url=" + url + ", user=" + user + ", required=" + required + "]";
    }
}
