package org.xinyong.workflow.startup;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Issue 18.11: when the database cannot be reached at start-up, Spring Boot prints one short report naming the JDBC
 * URL and what to check, instead of a long stack trace (which stays in the DEBUG log). Registered in
 * {@code META-INF/spring.factories}; Spring Boot passes the {@link Environment} in.
 *
 * <p>Recognised, anywhere in the cause chain: an {@link SQLException} of SQLSTATE class 08 (connection exception,
 * SQL:2016 and PostgreSQL Appendix A), 28 (invalid authorization) or 3D000 (no such database), or a network failure
 * ({@link ConnectException}, {@link UnknownHostException}, {@link NoRouteToHostException},
 * {@link SocketTimeoutException}) under an SQLException. Any other SQL failure (e.g. a bad migration) is left to the
 * other analyzers and the stack trace.
 */
public class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    static final String URL_PROPERTY = "spring.datasource.url";

    private final Environment environment;

    public DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        Problem problem = find(failure);
        if (problem == null) {
            return null;
        }
        String url = redact(environment.getProperty(URL_PROPERTY, "(spring.datasource.url is not set)"));
        String description = switch (problem.kind) {
            case UNREACHABLE -> "Cannot reach the database at " + url + ": " + problem.message;
            case REFUSED_LOGIN -> "The database at " + url + " refused the user name or password: " + problem.message;
            case NO_DATABASE -> "The database named in " + url + " does not exist: " + problem.message;
        };
        String action = switch (problem.kind) {
            case UNREACHABLE -> "Check that the database server is running and reachable from this host (host name, "
                    + "port, firewall) and that SPRING_DATASOURCE_URL names it.";
            case REFUSED_LOGIN -> "Check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the "
                    + "server lets this user connect from this host (pg_hba.conf).";
            case NO_DATABASE -> "Create the database (e.g. createdb) or correct the database name in "
                    + "SPRING_DATASOURCE_URL.";
        };
        return new FailureAnalysis(description, action, failure);
    }

    private static Problem find(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        SQLException outermostSql = null;
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (outermostSql == null) {
                    outermostSql = sql;
                }
                Kind kind = kindOf(sql.getSQLState());
                if (kind != null) {
                    return new Problem(kind, oneLine(sql.getMessage()));
                }
            }
            if (outermostSql != null && isNetworkFailure(cause)) {
                return new Problem(Kind.UNREACHABLE, oneLine(outermostSql.getMessage()));
            }
        }
        return null;
    }

    private static Kind kindOf(String sqlState) {
        if (sqlState == null) {
            return null;
        }
        if (sqlState.startsWith("08")) {
            return Kind.UNREACHABLE;
        }
        if (sqlState.startsWith("28")) {
            return Kind.REFUSED_LOGIN;
        }
        return "3D000".equals(sqlState) ? Kind.NO_DATABASE : null;
    }

    private static boolean isNetworkFailure(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException;
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.replaceAll("\\s+", " ").strip();
    }

    /** A password given in the URL itself ({@code ?password=...}, {@code ;PASSWORD=...}) is never printed. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private enum Kind { UNREACHABLE, REFUSED_LOGIN, NO_DATABASE }

    private record Problem(Kind kind, String message) {
    }
}
