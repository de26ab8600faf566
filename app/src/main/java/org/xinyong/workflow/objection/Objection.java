package org.xinyong.workflow.objection;

import java.time.Instant;

/** An objection against a listing. */
public record Objection(
        long id,
        long listingId,
        long listingCaseId,
        String subjectCode,
        String departmentCode,
        ApplicantKind applicantKind,
        String applicant,
        String grounds,
        ObjectionStatus status,
        String ruleSetId,
        String processInstanceId,
        Instant receivedAt,
        Instant overdueAt,
        Instant decidedAt,
        String outcome,
        String outcomeReason) {

    public static final String BUSINESS_KEY_PREFIX = "OBJECTION-";
    public static final String FILE_OWNER = "OBJECTION";

    public String businessKey() {
        return businessKey(id);
    }

    public static String businessKey(long id) {
        return BUSINESS_KEY_PREFIX + id;
    }
}
