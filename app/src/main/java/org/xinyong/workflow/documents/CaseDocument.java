package org.xinyong.workflow.documents;

import java.time.Instant;

/**
 * A formal document issued in a case; {@code html} is the document of record.
 *
 * @param served its service on the subject, or {@code null} while not served (issue 13 item 5)
 */
public record CaseDocument(long id, String caseType, String caseId, String subjectCode, DocumentKind kind,
                           String title, String html, Instant issuedAt, String issuedBy, Served served) {

    public CaseDocument(long id, String caseType, String caseId, String subjectCode, DocumentKind kind, String title,
                        String html, Instant issuedAt, String issuedBy) {
        this(id, caseType, caseId, subjectCode, kind, title, html, issuedAt, issuedBy, null);
    }

    public boolean isServed() {
        return served != null;
    }
}
