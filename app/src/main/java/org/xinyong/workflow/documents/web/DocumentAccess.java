package org.xinyong.workflow.documents.web;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.documents.DocumentServing;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * Who may open a formal document (DOMAIN "Privacy and audit"): the enterprise the document is addressed to (its
 * subject code), and the people who may see the case it belongs to. Everyone else is told it does not exist. Staff
 * views are logged; the subject reading its own document is not a query of someone else's information.
 */
@Component
public class DocumentAccess {

    private final CaseDocuments documents;
    private final CaseKinds kinds;
    private final AuditLog audit;
    private final DocumentServing serving;

    public DocumentAccess(CaseDocuments documents, CaseKinds kinds, AuditLog audit, DocumentServing serving) {
        this.documents = documents;
        this.kinds = kinds;
        this.audit = audit;
        this.serving = serving;
    }

    /**
     * The document, if the user may read it; the read is audited for staff.
     *
     * @param form {@code html} or {@code pdf}, for the audit entry
     */
    public CaseDocument open(long id, CurrentUser user, String form) {
        CaseDocument document = documents.find(id).filter(found -> mayRead(user, found))
                .orElseThrow(() -> new NotFoundException("document.notFound", id));
        if (!user.isEnterprise()) {
            audit.record(AuditAction.DOCUMENT_VIEWED, document.subjectCode(),
                    document.caseType() + "-" + document.caseId(),
                    document.kind().name() + " #" + document.id() + " (" + form + ")", null);
        } else if (!document.isServed()) {
            // portal service: served when the subject first opens it (DOMAIN.md "Service of notices")
            serving.servedOnPortalOpen(document, user);
        }
        return document;
    }

    boolean mayRead(CurrentUser user, CaseDocument document) {
        if (user.isEnterprise()) {
            return user.subjectCode() != null && user.subjectCode().equals(document.subjectCode());
        }
        CaseType caseType = parseType(document.caseType());
        if (caseType == null || document.caseId() == null) {
            // documents of no registered case kind: only those who see every case
            return user.seesAllCases();
        }
        return kinds.mayView(user, new CaseRef(caseType, document.caseId()));
    }

    private static CaseType parseType(String caseType) {
        try {
            return caseType == null ? null : CaseType.valueOf(caseType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
