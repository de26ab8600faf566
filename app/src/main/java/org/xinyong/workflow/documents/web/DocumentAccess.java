package org.xinyong.workflow.documents.web;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.deadline.CaseType;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.listing.ListingAccess;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.web.NotFoundException;

/**
 * Who may open a formal document (DOMAIN "Privacy and audit"): the enterprise the document is addressed to (its
 * subject code), and the people who may see the case it belongs to. Everyone else is told it does not exist. Staff
 * views are logged; the subject reading its own document is not a query of someone else's information.
 */
@Component
public class DocumentAccess {

    private final CaseDocuments documents;
    private final ListingCaseRepository listingCases;
    private final ListingAccess listingAccess;
    private final AuditLog audit;

    public DocumentAccess(CaseDocuments documents, ListingCaseRepository listingCases, ListingAccess listingAccess,
                          AuditLog audit) {
        this.documents = documents;
        this.listingCases = listingCases;
        this.listingAccess = listingAccess;
        this.audit = audit;
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
        }
        return document;
    }

    boolean mayRead(CurrentUser user, CaseDocument document) {
        if (user.isEnterprise()) {
            return user.subjectCode() != null && user.subjectCode().equals(document.subjectCode());
        }
        if (CaseType.LISTING.name().equals(document.caseType())) {
            return parse(document.caseId()) != null && listingCases.find(parse(document.caseId()))
                    .filter(listingCase -> listingAccess.mayView(user, listingCase)).isPresent();
        }
        // documents of case types without their own access rule yet: only those who see every case
        return user.seesAllCases();
    }

    private static Long parse(String caseId) {
        try {
            return Long.valueOf(caseId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
