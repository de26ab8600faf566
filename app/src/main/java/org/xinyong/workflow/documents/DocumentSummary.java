package org.xinyong.workflow.documents;

import java.time.Instant;

/**
 * A case's document as the case views and API.md list it: {@code kind}, {@code issuedAt}, and its service,
 * {@code servedAt} and {@code serviceMethod} ({@code PORTAL}, {@code EMAIL}, {@code POST}, {@code DIRECT},
 * {@code PUBLIC_NOTICE}), both null while it is not served.
 */
public record DocumentSummary(long id, String kind, String title, Instant issuedAt, Instant servedAt,
                              String serviceMethod, boolean addressedToSubject) {

    public static DocumentSummary of(CaseDocument document) {
        Served served = document.served();
        return new DocumentSummary(document.id(), document.kind().name(), document.title(), document.issuedAt(),
                served == null ? null : served.servedAt(), served == null ? null : served.method().name(),
                document.kind().isAddressedToSubject());
    }
}
