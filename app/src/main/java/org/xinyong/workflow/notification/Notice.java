package org.xinyong.workflow.notification;

import java.util.List;
import java.util.Objects;

/**
 * A notification to send, before it is worded: its message is {@code <messageCode>.title} and
 * {@code <messageCode>.body} of the {@code i18n/notification} bundle, with {@code arguments}.
 *
 * @param dedupeKey   what makes it the same notification; a second {@link Notifications#send} with the same key
 *                    sends nothing. Deadline notices use {@link #deadlineKey}.
 * @param recipient   whom it is for
 * @param messageCode the bundle prefix of its title and body
 * @param arguments   the message arguments
 * @param link        a path inside the application the reader follows, or {@code null}
 * @param caseType    the case it concerns ({@code OBJECTION}, …), or {@code null}
 * @param caseId      the case's id, or {@code null}
 * @param deadlineId  the deadline row it is about, or {@code null}
 */
public record Notice(String dedupeKey, Recipient recipient, String messageCode, List<Object> arguments, String link,
                     String caseType, String caseId, Long deadlineId) {

    /** The column's width in V1_9__notifications.sql. */
    static final int MAX_KEY_LENGTH = 200;

    public Notice {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(messageCode, "messageCode");
        if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A notice needs a dedupe key of at most " + MAX_KEY_LENGTH
                    + " characters: " + dedupeKey);
        }
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /**
     * The key of one event of one deadline for one recipient, e.g. {@code deadline:42:reminder:group:dept-amr}: a
     * deadline's reminder reaches each recipient once, however often its timer or delegate runs.
     */
    public static String deadlineKey(long deadlineId, String event, Recipient recipient) {
        return "deadline:" + deadlineId + ":" + event + ":" + recipient.kind().name().toLowerCase() + ":"
                + recipient.id();
    }
}
