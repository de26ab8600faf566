package org.xinyong.workflow.repair;

import java.time.Instant;

/** An application for credit repair of a listing. */
public record Repair(long id, long listingId, long listingCaseId, String subjectCode, String departmentCode,
                     String applicant, String statement, RepairStatus status, String ruleSetId,
                     String processInstanceId, Instant appliedAt, Instant acceptedAt, Instant decidedAt,
                     String outcome, String outcomeReason) {

    public static final String FILE_OWNER = "REPAIR";

    public String businessKey() {
        return businessKey(id);
    }

    public static String businessKey(long id) {
        return "REPAIR-" + id;
    }
}
