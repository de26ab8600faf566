package org.xinyong.workflow.audit;

import java.time.LocalDate;

/**
 * Which audit entries to read; a null field matches every entry.
 *
 * @param subjectCode the credit code or ID number concerned (exact)
 * @param caseRef     the case concerned, e.g. {@code LISTING-7} (exact)
 * @param action      the action name, e.g. {@code SUBJECT_VIEWED} (exact)
 * @param actor       the username of who did it, or {@code system} (exact)
 * @param from        the first day (business time zone), inclusive
 * @param to          the last day (business time zone), inclusive
 */
public record AuditFilter(String subjectCode, String caseRef, String action, String actor, LocalDate from,
                          LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
