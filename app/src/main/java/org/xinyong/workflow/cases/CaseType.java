package org.xinyong.workflow.cases;

/** The case a deadline belongs to (API.md {@code caseType}). */
public enum CaseType {
    LISTING,
    OBJECTION,
    REPAIR
}
