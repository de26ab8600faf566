package org.xinyong.workflow.cases;

/**
 * The kinds of case (API.md {@code caseType}), the prefix of each case's business key. What a kind of case is and
 * does lives in its own package, behind a {@link CaseKind}; this list only names them for the API and the database.
 */
public enum CaseType {
    LISTING,
    OBJECTION,
    REPAIR
}
