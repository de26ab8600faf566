package org.xinyong.workflow.documents.web;

import org.springframework.stereotype.Component;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.listing.ListingAccess;
import org.xinyong.workflow.listing.ListingCaseRepository;
import org.xinyong.workflow.objection.ObjectionAccess;
import org.xinyong.workflow.objection.ObjectionRepository;
import org.xinyong.workflow.repair.RepairAccess;
import org.xinyong.workflow.repair.RepairRepository;
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
    private final ListingCaseRepository listingCases;
    private final ListingAccess listingAccess;
    private final ObjectionRepository objections;
    private final ObjectionAccess objectionAccess;
    private final RepairRepository repairs;
    private final RepairAccess repairAccess;
    private final AuditLog audit;

    public DocumentAccess(CaseDocuments documents, ListingCaseRepository listingCases, ListingAccess listingAccess,
                          ObjectionRepository objections, ObjectionAccess objectionAccess, RepairRepository repairs,
                          RepairAccess repairAccess, AuditLog audit) {
        this.documents = documents;
        this.listingCases = listingCases;
        this.listingAccess = listingAccess;
        this.objections = objections;
        this.objectionAccess = objectionAccess;
        this.repairs = repairs;
        this.repairAccess = repairAccess;
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
        Long caseId = parse(document.caseId());
        if (caseId == null) {
            return user.seesAllCases();
        }
        if (CaseType.LISTING.name().equals(document.caseType())) {
            return listingCases.find(caseId).filter(listingCase -> listingAccess.mayView(user, listingCase))
                    .isPresent();
        }
        if (CaseType.OBJECTION.name().equals(document.caseType())) {
            return objections.find(caseId).filter(objection -> objectionAccess.mayView(user, objection)).isPresent();
        }
        if (CaseType.REPAIR.name().equals(document.caseType())) {
            return repairs.find(caseId).filter(repair -> repairAccess.mayView(user, repair)).isPresent();
        }
        // documents of case types without their own access rule: only those who see every case
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
