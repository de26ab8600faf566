package org.xinyong.workflow.admin;

import org.xinyong.workflow.audit.AuditableAction;

/**
 * What an administrator changed, as recorded in the audit log (the case reference names the thing changed, e.g.
 * {@code user:amr}, {@code calendar-day:2026-10-01}, {@code rule-set:seeds-2027}, {@code measure:M-BID-RESTRICT}).
 */
public enum AdminAction implements AuditableAction {
    USER_CREATED,
    /** A user's department or groups changed (detail: before and after). */
    USER_MEMBERSHIP_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    CALENDAR_DAY_ADDED,
    CALENDAR_DAY_CHANGED,
    CALENDAR_DAY_DELETED,
    RULE_SET_ADDED,
    MEASURE_ADDED,
    MEASURE_CHANGED,
    MEASURE_DEACTIVATED,
    MEASURE_REACTIVATED,
    /** An API client registered (issue 17): name, role, department, expiry; never its token. */
    API_CLIENT_CREATED;

    /** The audit case reference of the thing changed, e.g. {@code user:amr}. */
    public static String ref(String kind, Object id) {
        return kind + ":" + id;
    }
}
