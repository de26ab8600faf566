package org.xinyong.workflow.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.errors.NotFoundException;

/**
 * The ONE way the application notifies people of deadlines: reminders and escalations sent by the engine's timers
 * go to the in-app inbox ({@code /inbox}) and by e-mail.
 *
 * <p><b>Never twice.</b> A notice carries a dedupe key ({@link Notice#deadlineKey}); the database's UNIQUE constraint
 * on it decides whether it is new, so a timer job that runs again, a delegate invoked twice or another node sending
 * the same reminder adds no row and sends no e-mail. The row is written in the caller's transaction (the engine's),
 * and the e-mail goes out only after that transaction commits: a rolled-back job sends nothing.
 *
 * <p><b>Enterprises.</b> Formal documents served on a subject (notice before listing, decisions, replies) are
 * delivered to its portal inbox ({@code portal.PortalInbox}), the document of record. This inbox carries only
 * alerts (reminders, escalations, "your objection is late") and never a document: an enterprise account sees its
 * alerts here and its documents in the portal, so nothing is delivered twice.
 *
 * <p>Titles and bodies are worded when sent, in Chinese, the language of record (like the documents).
 */
@Service
public class Notifications {

    /** The language notifications are recorded and mailed in. */
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    static final Locale LANGUAGE_OF_RECORD = Locale.SIMPLIFIED_CHINESE;

    private final NotificationRepository repository;
    private final NotificationMailer mailer;
    private final MessageSource messages;
    private final BusinessClock clock;

    public Notifications(NotificationRepository repository, NotificationMailer mailer, MessageSource messages,
                         BusinessClock clock) {
        this.repository = repository;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Records the notice in its recipient's inbox and e-mails it, unless a notice with the same dedupe key was sent
     * before. Answers whether it was new.
     */
    public boolean send(Notice notice) {
        Object[] arguments = notice.arguments().toArray();
        String title = messages.getMessage(notice.messageCode() + ".title", arguments, LANGUAGE_OF_RECORD);
        String body = messages.getMessage(notice.messageCode() + ".body", arguments, LANGUAGE_OF_RECORD);
        Optional<Long> id = repository.insertIfAbsent(notice, title, body, clock.now());
        id.ifPresent(newId -> afterCommit(() -> email(newId, notice, title, body)));
        return id.isPresent();
    }

    public List<Notification> inboxOf(CurrentUser reader) {
        return repository.inboxOf(reader);
    }

    public int unreadCount(CurrentUser reader) {
        return repository.unreadCount(reader);
    }

    /** Marks one of the reader's notifications read; another reader's is "not found". Answers it. */
    public Notification markRead(CurrentUser reader, long id) {
        Notification notification = repository.find(reader, id)
                .orElseThrow(() -> new NotFoundException("notification.notFound", id));
        repository.markRead(reader.username(), id, clock.now());
        return notification;
    }

    /** Marks every notification the reader sees as read. */
    public void markAllRead(CurrentUser reader) {
        for (Notification notification : repository.inboxOf(reader)) {
            if (notification.isUnread()) {
                repository.markRead(reader.username(), notification.id(), clock.now());
            }
        }
    }

    /** After the inbox row is committed; a failure here must not fail the (already committed) sender. */
    private void email(long id, Notice notice, String title, String body) {
        try {
            if (mailer.send(notice.recipient(), title, body, notice.link())) {
                repository.markEmailed(id, clock.now());
            }
        } catch (RuntimeException failed) {
            log.warn("Notification {} ({}) was recorded but not e-mailed: {}", id, notice.dedupeKey(),
                    failed.getMessage());
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
