package org.xinyong.workflow.notification;

import java.util.Objects;

/**
 * Whom a notification is for: one account, one group (every member sees it; e.g. {@code dept-amr},
 * {@code credit-office}) or one credit subject (every enterprise account bound to that unified social credit code
 * sees it).
 */
public record Recipient(Kind kind, String id) {

    public enum Kind { USER, GROUP, SUBJECT }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an id");
        }
    }

    public static Recipient user(String username) {
        return new Recipient(Kind.USER, username);
    }

    public static Recipient group(String groupId) {
        return new Recipient(Kind.GROUP, groupId);
    }

    public static Recipient subject(String subjectCode) {
        return new Recipient(Kind.SUBJECT, subjectCode);
    }
}
