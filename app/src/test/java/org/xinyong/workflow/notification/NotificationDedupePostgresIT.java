package org.xinyong.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.support.PostgresIntegrationTest;

/**
 * Two nodes send the same reminder at the same time on PostgreSQL: the UNIQUE dedupe key lets one row in, and the
 * loser's transaction (an engine job's, in production) carries on and commits its other work, because the insert ran
 * in a savepoint; PostgreSQL would otherwise abort the whole transaction.
 */
@PostgresIntegrationTest
class NotificationDedupePostgresIT {

    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSameReminderFromTwoNodesAtOnceIsRecordedOnceAndTheSecondTransactionStillCommits() throws Exception {
        String key = "it:" + UUID.randomUUID();
        String laterWork = "it:" + UUID.randomUUID();
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = nodes.submit(() -> tx.execute(status -> {
                boolean sent = notifications.send(notice(key));
                firstInserted.countDown();
                await(firstMayCommit);
                return sent;
            }));
            assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
            // the second node does not see the uncommitted row: its insert waits on the unique index, then fails
            Future<Boolean> second = nodes.submit(() -> tx.execute(status -> {
                boolean sent = notifications.send(notice(key));
                notifications.send(notice(laterWork)); // the transaction is still usable afterwards
                return sent;
            }));
            Thread.sleep(500);
            firstMayCommit.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
        } finally {
            firstMayCommit.countDown();
            nodes.shutdownNow();
        }
        assertThat(count(key)).isEqualTo(1);
        assertThat(count(laterWork)).as("the second transaction committed its other work").isEqualTo(1);
    }

    @Test
    void sendingAgainInOneTransactionAddsNothing() {
        String key = "it:" + UUID.randomUUID();
        Boolean again = new TransactionTemplate(transactions).execute(status -> {
            notifications.send(notice(key));
            return notifications.send(notice(key));
        });
        assertThat(again).isFalse();
        assertThat(count(key)).isEqualTo(1);
    }

    private int count(String key) {
        return jdbc.queryForObject("select count(*) from notification where dedupe_key = ?", Integer.class, key);
    }

    private static Notice notice(String key) {
        return new Notice(key, Recipient.group("dept-amr"), "notification.objection.reminder",
                List.of("0", "91230400MA19XY0035", "2026-05-20"), "/work", null, null, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
