package org.xinyong.workflow.deadline;

/** The case a deadline belongs to (API.md {@code caseType}). */
public enum CaseType {
    LISTING,
    OBJECTION,
    REPAIR
}
