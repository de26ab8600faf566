package org.xinyong.workflow.notification;

import java.time.Instant;

/** A notification as one reader sees it: {@code readAt} is that reader's own. */
public record Notification(long id, String dedupeKey, Recipient recipient, String title, String body, String link,
                           String caseType, String caseId, Long deadlineId, Instant createdAt, Instant emailedAt,
                           Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
