package org.xinyong.workflow.security;

import java.util.List;

/**
 * The roles of DOMAIN.md "Actors and groups". Every account has exactly one; Spring Security sees it as the
 * authority {@code ROLE_<role>}. Use these constants in access rules, never string literals.
 */
public final class Roles {

    /** Administrator: users, reference data, Camunda webapps and Camunda REST. */
    public static final String ADMIN = "ADMIN";
    /** Department, credit office and leading-group staff: works on tasks. */
    public static final String STAFF = "STAFF";
    /** Read-only dashboards and case views across departments. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Implementing department or external system asking whether a subject is under sanctions now. */
    public static final String SANCTIONS_CHECK = "SANCTIONS_CHECK";
    /** A credit subject's account, bound to one unified social credit code. */
    public static final String ENTERPRISE = "ENTERPRISE";
    /** A monitoring system scraping {@code /actuator/prometheus} (issue 18.12); nothing else. */
    public static final String METRICS = "METRICS";

    public static final List<String> ALL = List.of(ADMIN, STAFF, SUPERVISOR, SANCTIONS_CHECK, ENTERPRISE, METRICS);

    static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }

    /** The Spring Security authority of a role, e.g. {@code ROLE_STAFF}. */
    public static String authority(String role) {
        return AUTHORITY_PREFIX + role;
    }
}
