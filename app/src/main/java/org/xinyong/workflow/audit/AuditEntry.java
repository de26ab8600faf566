package org.xinyong.workflow.audit;

import java.time.OffsetDateTime;

/** One row of the append-only audit log: who ({@code actor}), when, what, about whom, why, from where. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectCode,
                         String caseRef, String detail, String purpose, String clientAddress) {
}
