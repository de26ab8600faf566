package org.xinyong.workflow.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.xinyong.workflow.rules.Severity;
import org.xinyong.workflow.validation.SubjectType;

/** A finding recorded by a department and the procedure that decides whether the subject is listed. */
public record ListingCase(
        long id,
        ListingCaseStatus status,
        String departmentCode,
        SubjectType subjectType,
        String subjectCode,
        String subjectName,
        BasisType basisType,
        String basisNumber,
        LocalDate basisDate,
        SeriousListDomain domain,
        Severity proposedSeverity,
        Severity severity,
        String facts,
        List<String> measures,
        String ruleSetId,
        String processInstanceId,
        String recordedBy,
        Instant recordedAt,
        Instant closedAt,
        String closeReason,
        String recordKind) {

    public static final String BUSINESS_KEY_PREFIX = "LISTING-";

    public ListingCase {
        measures = List.copyOf(measures);
    }

    /** An ordinary record, of no particular kind. */
    public ListingCase(long id, ListingCaseStatus status, String departmentCode, SubjectType subjectType,
                       String subjectCode, String subjectName, BasisType basisType, String basisNumber,
                       LocalDate basisDate, SeriousListDomain domain, Severity proposedSeverity, Severity severity,
                       String facts, List<String> measures, String ruleSetId, String processInstanceId,
                       String recordedBy, Instant recordedAt, Instant closedAt, String closeReason) {
        this(id, status, departmentCode, subjectType, subjectCode, subjectName, basisType, basisNumber, basisDate,
                domain, proposedSeverity, severity, facts, measures, ruleSetId, processInstanceId, recordedBy,
                recordedAt, closedAt, closeReason, null);
    }

    public String businessKey() {
        return businessKey(id);
    }

    public static String businessKey(long caseId) {
        return BUSINESS_KEY_PREFIX + caseId;
    }
}
