package org.xinyong.workflow.audit;

import java.util.Objects;

/**
 * What a caller asks {@link AuditLog} to record; who, when and from where are added by the log. Build it with
 * {@code AuditEvent.of(AuditAction.SANCTIONS_QUERIED).withSubject(code).withPurpose("...")}.
 *
 * @param action      the action name (see {@link AuditableAction})
 * @param subjectCode the credit code or ID number concerned, if any
 * @param caseRef     the case, listing, objection or repair concerned, if any (e.g. {@code listing-case:42})
 * @param detail      what happened, for a reader of the log (at most 2000 characters are kept)
 * @param purpose     why the information was used (seed001 §四 12), if given
 */
public record AuditEvent(String action, String subjectCode, String caseRef, String detail, String purpose) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
    }

    public static AuditEvent of(AuditableAction action) {
        return new AuditEvent(action.name(), null, null, null, null);
    }

    public AuditEvent withSubject(String subjectCode) {
        return new AuditEvent(action, subjectCode, caseRef, detail, purpose);
    }

    public AuditEvent withCaseRef(String caseRef) {
        return new AuditEvent(action, subjectCode, caseRef, detail, purpose);
    }

    public AuditEvent withDetail(String detail) {
        return new AuditEvent(action, subjectCode, caseRef, detail, purpose);
    }

    public AuditEvent withPurpose(String purpose) {
        return new AuditEvent(action, subjectCode, caseRef, detail, purpose);
    }
}
