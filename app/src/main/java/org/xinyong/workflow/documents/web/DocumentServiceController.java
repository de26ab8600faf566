package org.xinyong.workflow.documents.web;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.documents.DocumentServing;
import org.xinyong.workflow.security.CurrentUsers;

/**
 * {@code POST /api/v1/documents/{id}/service} (API.md): the department that owns the case records how and when a
 * document was served, body {@code {"method": "POST", "servedAt": "2026-12-01", "evidence": "..."}}; 200 with the
 * document's service.
 */
@RestController
public class DocumentServiceController {

    private final DocumentServing serving;
    private final CurrentUsers users;

    public DocumentServiceController(DocumentServing serving, CurrentUsers users) {
        this.serving = serving;
        this.users = users;
    }

    /** The body; {@code servedAt} is a date ({@code yyyy-MM-dd}), strictly parsed (a number is not a date). */
    public record ServiceRequest(String method, LocalDate servedAt, String evidence) {
    }

    /** What the document's service now is. */
    public record ServiceView(long documentId, String kind, Instant issuedAt, Instant servedAt, String serviceMethod) {
    }

    @PostMapping("/api/v1/documents/{id}/service")
    public ServiceView record(@PathVariable long id, @RequestBody ServiceRequest request) {
        CaseDocument served = serving.recordService(id, request.method(), request.servedAt(), request.evidence(),
                users.require());
        return new ServiceView(served.id(), served.kind().name(), served.issuedAt(), served.served().servedAt(),
                served.served().method().name());
    }
}
