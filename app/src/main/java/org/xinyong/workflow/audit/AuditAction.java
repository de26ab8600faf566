package org.xinyong.workflow.audit;

/** The common audited actions (seed001 §四 12: every query and use of credit information is registered). */
public enum AuditAction implements AuditableAction {
    /** A department recorded a finding and started a listing case. */
    CASE_RECORDED,
    /** A case, listing, objection or repair changed state (detail: from and to). */
    STATE_CHANGED,
    /** A user task was completed (detail: task and outcome). */
    TASK_COMPLETED,
    /** A department user opened a subject's details (DOMAIN.md "Privacy and audit"). */
    SUBJECT_VIEWED,
    /** An implementing department or system asked whether a subject is under sanctions (seed001 §四 12). */
    SANCTIONS_QUERIED,
    LISTING_PUBLISHED,
    LISTING_REMOVED,
    LISTING_REVOKED,
    OBJECTION_FILED,
    OBJECTION_DECIDED,
    /** A record's facts, severity or measures corrected after an objection, the previous values kept. */
    RECORD_CORRECTED,
    /** A general record put the subject on the watch list (重点关注名单; seed003 §二(四)2). */
    WATCH_LIST_ENTERED,
    WATCH_LIST_EXITED,
    REPAIR_APPLIED,
    REPAIR_DECIDED,
    /** A deadline was suspended (e.g. waiting for supplementary evidence). */
    DEADLINE_SUSPENDED,
    /** A suspended deadline counts again, with its new due day. */
    DEADLINE_RESUMED,
    /** A notice, decision or other document was issued to a subject. */
    DOCUMENT_ISSUED,
    /** A stored document or uploaded file was opened. */
    DOCUMENT_VIEWED,
    /** A document addressed to the subject was served (method, date, evidence; issue 13 item 5). */
    DOCUMENT_SERVED,
    /** Reference data (departments, measures, rule sets, holidays) was changed by an administrator. */
    REFERENCE_DATA_CHANGED,
    /** The business clock was moved (demo profile only). */
    CLOCK_ADJUSTED
}
