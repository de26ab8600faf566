package org.xinyong.workflow.documents.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;
import org.xinyong.workflow.documents.CaseDocument;

/** The HTTP answers carrying a document: its stored HTML as a printable page, or its PDF as a download. */
final class DocumentResponses {

    /**
     * The stored document is the application's own rendering, but it quotes what people typed: it may bring its
     * style and nothing else; the only script is the application's own print button ({@code /js/document-view.js}),
     * never one inline.
     */
    static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; "
            + "img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private DocumentResponses() {
    }

    /** The page to read: the stored document dressed by {@link DocumentView}. */
    static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", DOCUMENT_POLICY)
                .body(page);
    }

    static ResponseEntity<byte[]> pdf(CaseDocument document, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document))
                .body(pdf);
    }

    /**
     * {@code attachment; filename="document-<id>.pdf"; filename*=UTF-8''<title>.pdf}: the Chinese title for every
     * current browser (RFC 6266 / RFC 5987), an ASCII name for the others.
     */
    static String attachment(CaseDocument document) {
        return "attachment; filename=\"document-" + document.id() + ".pdf\"; filename*=UTF-8''"
                + UriUtils.encode(document.title() + ".pdf", StandardCharsets.UTF_8);
    }
}
