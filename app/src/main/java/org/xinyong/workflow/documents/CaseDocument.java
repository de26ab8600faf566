package org.xinyong.workflow.documents;

import java.time.Instant;

/** A formal document issued in a case; {@code html} is the document of record. */
public record CaseDocument(long id, String caseType, String caseId, String subjectCode, DocumentKind kind,
                           String title, String html, Instant issuedAt, String issuedBy) {
}
