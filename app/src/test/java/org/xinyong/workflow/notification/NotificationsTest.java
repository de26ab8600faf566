package org.xinyong.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.security.CurrentUser;
import org.xinyong.workflow.errors.NotFoundException;

/** The one notification service: recorded once by its key, e-mailed once and only after the sender commits. */
class NotificationsTest {

    static final Instant NOW = Instant.parse("2026-05-15T01:00:00Z");
    static final Recipient DEPARTMENT = Recipient.group("dept-amr");
    static final CurrentUser AMR = new CurrentUser("amr", "经办人", "STAFF", Set.of("dept-amr"), "amr", null);

    NotificationRepository repository = mock(NotificationRepository.class);
    NotificationMailer mailer = mock(NotificationMailer.class);
    BusinessClock clock = mock(BusinessClock.class);
    StaticMessageSource messages = new StaticMessageSource();
    Notifications notifications = new Notifications(repository, mailer, messages, clock);

    NotificationsTest() {
        when(clock.now()).thenReturn(NOW);
        messages.addMessage("notification.test.title", Notifications.LANGUAGE_OF_RECORD, "异议 {0} 核实期限将至");
        messages.addMessage("notification.test.body", Notifications.LANGUAGE_OF_RECORD, "须于 {1} 前核实完毕");
    }

    @AfterEach
    void clearSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void newNoticeIsRecordedInChineseAndMailed() {
        when(repository.insertIfAbsent(any(), any(), any(), any())).thenReturn(Optional.of(11L));
        when(mailer.send(any(), any(), any(), any())).thenReturn(true);

        assertThat(notifications.send(notice("deadline:5:reminder:group:dept-amr"))).isTrue();

        verify(repository).insertIfAbsent(notice("deadline:5:reminder:group:dept-amr"), "异议 7 核实期限将至",
                "须于 2026-05-20 前核实完毕", NOW);
        verify(mailer).send(DEPARTMENT, "异议 7 核实期限将至", "须于 2026-05-20 前核实完毕", "/work/cases/OBJECTION/7");
        verify(repository).markEmailed(11L, NOW);
    }

    @Test
    void noticeWhoseKeyWasSentBeforeIsNeitherRecordedAgainNorMailed() {
        when(repository.insertIfAbsent(any(), any(), any(), any())).thenReturn(Optional.empty());

        assertThat(notifications.send(notice("deadline:5:reminder:group:dept-amr"))).isFalse();

        verify(mailer, never()).send(any(), any(), any(), any());
        verify(repository, never()).markEmailed(anyLong(), any());
    }

    @Test
    void insideATransactionTheMailWaitsForTheCommit() {
        when(repository.insertIfAbsent(any(), any(), any(), any())).thenReturn(Optional.of(12L));
        when(mailer.send(any(), any(), any(), any())).thenReturn(true);
        TransactionSynchronizationManager.initSynchronization();

        notifications.send(notice("deadline:6:overdue:group:credit-office"));

        verify(mailer, never()).send(any(), any(), any(), any());
        List<TransactionSynchronization> pending = TransactionSynchronizationManager.getSynchronizations();
        assertThat(pending).hasSize(1);
        pending.get(0).afterCommit();
        verify(mailer).send(eq(DEPARTMENT), any(), any(), any());
        verify(repository).markEmailed(12L, NOW);
    }

    @Test
    void aRolledBackSenderMailsNothing() {
        when(repository.insertIfAbsent(any(), any(), any(), any())).thenReturn(Optional.of(13L));
        TransactionSynchronizationManager.initSynchronization();

        notifications.send(notice("deadline:7:reminder:group:dept-amr"));
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        verify(mailer, never()).send(any(), any(), any(), any());
    }

    @Test
    void failedMailLeavesTheNotificationUnmarkedAndDoesNotFailTheSender() {
        when(repository.insertIfAbsent(any(), any(), any(), any())).thenReturn(Optional.of(14L));
        when(mailer.send(any(), any(), any(), any())).thenThrow(new IllegalStateException("no route"));

        assertThat(notifications.send(notice("deadline:8:reminder:group:dept-amr"))).isTrue();

        verify(repository, never()).markEmailed(anyLong(), any());
    }

    @Test
    void markingAnotherReadersNotificationIsNotFound() {
        when(repository.find(AMR, 99L)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> notifications.markRead(AMR, 99L)).isInstanceOf(NotFoundException.class);
        verify(repository, never()).markRead(any(), anyLong(), any());
    }

    @Test
    void markAllReadTouchesOnlyUnreadOnes() {
        Notification unread = notification(1L, null);
        Notification read = notification(2L, NOW.minusSeconds(60));
        when(repository.inboxOf(AMR)).thenReturn(List.of(unread, read));

        notifications.markAllRead(AMR);

        verify(repository).markRead("amr", 1L, NOW);
        verify(repository, never()).markRead("amr", 2L, NOW);
    }

    @Test
    void deadlineKeyNamesDeadlineEventAndRecipient() {
        assertThat(Notice.deadlineKey(42, "reminder", DEPARTMENT)).isEqualTo("deadline:42:reminder:group:dept-amr");
        assertThat(Notice.deadlineKey(42, "overdue", Recipient.subject("91230400MA19XY0035")))
                .isEqualTo("deadline:42:overdue:subject:91230400MA19XY0035");
    }

    private static Notice notice(String key) {
        return new Notice(key, DEPARTMENT, "notification.test", List.of("7", "2026-05-20"), "/work/cases/OBJECTION/7",
                "OBJECTION", "7", 5L);
    }

    private static Notification notification(long id, Instant readAt) {
        return new Notification(id, "k" + id, DEPARTMENT, "t", "b", null, null, null, null, NOW, null, readAt);
    }
}
