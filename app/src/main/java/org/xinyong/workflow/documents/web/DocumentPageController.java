package org.xinyong.workflow.documents.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.cases.CaseType;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * A formal document in the browser ({@code /documents/{id}}: the stored HTML as a standalone printable page, with the
 * way back to the case or the portal and a print button) and as a
 * PDF download ({@code /documents/{id}/pdf}), for the subject and for staff who may see the case.
 */
@Controller
public class DocumentPageController {

    private final DocumentAccess access;
    private final CaseDocuments documents;
    private final CurrentUsers users;
    private final MessageSource messages;

    public DocumentPageController(DocumentAccess access, CaseDocuments documents, CurrentUsers users,
                                  MessageSource messages) {
        this.access = access;
        this.documents = documents;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/documents/{id}")
    public ResponseEntity<String> html(@PathVariable long id, HttpServletRequest request, Locale locale) {
        CurrentUser user = users.require();
        CaseDocument document = access.open(id, user, "html");
        String back;
        String backLabel;
        Optional<CaseRef> ref = caseOf(document);
        if (user.isEnterprise()) {
            back = "/portal";
            backLabel = "document.view.backToPortal";
        } else if (ref.isPresent()) {
            back = ref.get().page(); // the reader may see the case: DocumentAccess let the document through
            backLabel = "document.view.backToCase";
        } else {
            back = "/";
            backLabel = "document.view.backHome";
        }
        String context = request.getContextPath();
        return DocumentResponses.html(DocumentView.page(document.html(), context + back,
                messages.getMessage(backLabel, null, locale), messages.getMessage("document.view.print", null, locale),
                messages.getMessage("document.view.toolbar", null, locale), context + "/js/document-view.js"));
    }

    private static Optional<CaseRef> caseOf(CaseDocument document) {
        if (document.caseType() == null || document.caseId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CaseRef(CaseType.valueOf(document.caseType()), document.caseId()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @GetMapping("/documents/{id}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id) {
        CaseDocument document = access.open(id, users.require(), "pdf");
        return DocumentResponses.pdf(document, documents.pdf(document));
    }
}
