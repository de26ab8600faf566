package org.xinyong.workflow.listing;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentKind;
import org.xinyong.workflow.rules.Severity;

/**
 * A finding seen as a dishonesty record (失信行为记录, API.md {@code /records}): how it is handled by its assessed
 * severity (seed003 §二(四)1-3). The record is the listing case's row; its handling is derived from where that case
 * stands, so the record and the case can never disagree.
 */
@Component
public class RecordViews {

    /** API.md {@code handling}. */
    public enum Handling {
        /** Recorded; the department head reviews it. */
        PENDING_REVIEW,
        /** Minor: a credit reminder, followed up (seed003 §二(四)1). */
        REMINDER,
        /** Minor, with an integrity interview appointed (诚信约谈, seed003 §二(四)1). */
        INTERVIEW,
        /** General (or a minor one raised to general): the watch list (seed003 §二(四)2). */
        WATCH_LIST,
        /** Serious: listing identification (seed003 §二(四)3). */
        LISTING,
        /** The head returned the finding: no record. */
        REJECTED
    }

    public record RecordView(long id, String subjectType, String subjectCode, String subjectName,
                             String departmentCode, String severity, String assessedSeverity, Handling handling,
                             String status, String caseType, String caseId, Instant recordedAt, Instant closedAt,
                             String closeReason, String assessment) {
    }

    private final CaseDocuments documents;
    private final AuditTrail audit;

    public RecordViews(CaseDocuments documents, AuditTrail audit) {
        this.documents = documents;
        this.audit = audit;
    }

    /** The record with its assessment's inputs. */
    public RecordView of(ListingCase record) {
        return view(record, assessment(record));
    }

    /** A row of a list: no assessment text. */
    public RecordView summary(ListingCase record) {
        return view(record, null);
    }

    private RecordView view(ListingCase record, String assessment) {
        Handling handling = handling(record);
        String assessed = handling == Handling.PENDING_REVIEW || handling == Handling.REJECTED ? null
                : record.severity().name();
        return new RecordView(record.id(), record.subjectType().name(), record.subjectCode(), record.subjectName(),
                record.departmentCode(), record.proposedSeverity().name(), assessed, handling, record.status().name(),
                CaseType.LISTING.name(), String.valueOf(record.id()), record.recordedAt(), record.closedAt(),
                record.closeReason(), assessment);
    }

    Handling handling(ListingCase record) {
        boolean interviewed = record.severity() == Severity.MINOR
                && documents.ofCase(CaseType.LISTING.name(), String.valueOf(record.id())).stream()
                        .anyMatch(document -> document.kind() == DocumentKind.INTERVIEW_NOTICE);
        return handlingOf(record.status(), record.closeReason(), record.severity(), interviewed);
    }

    /**
     * The one rule of a record's handling (seed003 §二(四)1-3), for the record's API and the dashboard's counts alike:
     * pending while the head reviews, rejected when the head returned it, else by its assessed severity, a minor one
     * with an integrity interview appointed ({@code interviewed}) as INTERVIEW.
     */
    public static Handling handlingOf(ListingCaseStatus status, String closeReason, Severity severity,
                                      boolean interviewed) {
        if (status == ListingCaseStatus.UNDER_REVIEW) {
            return Handling.PENDING_REVIEW;
        }
        if (status == ListingCaseStatus.NOT_LISTED && CloseCaseNotListed.REJECTED_AT_REVIEW.equals(closeReason)) {
            return Handling.REJECTED;
        }
        Handling approved = handlingOnApproval(severity);
        return approved == Handling.REMINDER && interviewed ? Handling.INTERVIEW : approved;
    }

    /** How a record of the assessed severity is handled once the head approves it (seed003 §二(四)1-3). */
    public static Handling handlingOnApproval(Severity severity) {
        return switch (severity) {
            case SERIOUS -> Handling.LISTING;
            case GENERAL -> Handling.WATCH_LIST;
            case MINOR -> Handling.REMINDER;
        };
    }

    /** The assessment's inputs and table version, as the recording's audit entry states them. */
    private String assessment(ListingCase record) {
        return audit.find(null, record.businessKey(), 0, 1000).stream()
                .filter(entry -> entry.action().equals(AuditAction.CASE_RECORDED.name()))
                .map(entry -> entry.detail()).findFirst().orElse(null);
    }
}
