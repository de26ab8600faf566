package org.xinyong.workflow.documents.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * A formal document in the browser ({@code /documents/{id}}: the stored HTML as a standalone printable page) and as a
 * PDF download ({@code /documents/{id}/pdf}), for the subject and for staff who may see the case.
 */
@Controller
public class DocumentPageController {

    private final DocumentAccess access;
    private final CaseDocuments documents;
    private final CurrentUsers users;

    public DocumentPageController(DocumentAccess access, CaseDocuments documents, CurrentUsers users) {
        this.access = access;
        this.documents = documents;
        this.users = users;
    }

    @GetMapping("/documents/{id}")
    public ResponseEntity<String> html(@PathVariable long id) {
        return DocumentResponses.html(access.open(id, users.require(), "html"));
    }

    @GetMapping("/documents/{id}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id) {
        CaseDocument document = access.open(id, users.require(), "pdf");
        return DocumentResponses.pdf(document, documents.pdf(document));
    }
}
