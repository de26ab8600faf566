package org.xinyong.workflow.documents.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.CaseDocuments;
import org.xinyong.workflow.security.CurrentUsers;

/** {@code GET /api/v1/documents/{id}/pdf}: a document's PDF for other systems, with the same access rule as the page. */
@RestController
public class DocumentApiController {

    private final DocumentAccess access;
    private final CaseDocuments documents;
    private final CurrentUsers users;

    public DocumentApiController(DocumentAccess access, CaseDocuments documents, CurrentUsers users) {
        this.access = access;
        this.documents = documents;
        this.users = users;
    }

    @GetMapping("/api/v1/documents/{id}/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id) {
        CaseDocument document = access.open(id, users.require(), "pdf");
        return DocumentResponses.pdf(document, documents.pdf(document));
    }
}
