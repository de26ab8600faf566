package org.xinyong.workflow.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A document's name and its delivery note in the reader's language (issue 19.12: document names and portal inbox
 * items stayed Chinese in the English UI). The documents themselves are issued in Chinese and stay so; only the
 * pages that list them name them in the reader's language ({@code document.kind.<KIND>},
 * {@code document.delivered.<KIND>}). The Chinese UI shows the stored texts as they were delivered.
 */
@Component
public class DocumentNames {

    private final MessageSource messages;

    public DocumentNames(MessageSource messages) {
        this.messages = messages;
    }

    /** The kind's name in the reader's language. */
    public String title(DocumentKind kind, Locale locale) {
        return messages.getMessage("document.kind." + kind.name(), null, kind.title(), locale);
    }

    /** A stored title (an inbox message's) in the reader's language; a title of no kind as it is. */
    public String title(String storedTitle, Locale locale) {
        return kindTitled(storedTitle).map(kind -> title(kind, locale)).orElse(storedTitle);
    }

    /**
     * The note an inbox message carries with its document: as delivered in the Chinese UI, otherwise the kind's note
     * in the reader's language.
     */
    public String deliveryNote(String storedTitle, String storedBody, Locale locale) {
        if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
            return storedBody;
        }
        return kindTitled(storedTitle)
                .map(kind -> messages.getMessage("document.delivered." + kind.name(), null, storedBody, locale))
                .orElse(storedBody);
    }

    /** The kind whose title a stored document or message carries (CaseDocuments stores the kind's title). */
    static Optional<DocumentKind> kindTitled(String title) {
        return Arrays.stream(DocumentKind.values()).filter(kind -> kind.title().equals(title)).findFirst();
    }
}
