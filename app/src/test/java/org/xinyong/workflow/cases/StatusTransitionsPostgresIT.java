package org.xinyong.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyong.workflow.errors.ConflictException;
import org.xinyong.workflow.support.PostgresIntegrationTest;

/**
 * A case's status changes only from a status the new one may follow, with its version counted and an audit entry
 * naming from → to in the same transaction; of two changes racing on one case, the database lets one through and the
 * other is answered 409 (issue 12). Runs the real {@link StatusTransitions} on PostgreSQL against a probe table shaped
 * like the case tables ({@code id}, {@code status}, {@code version}).
 */
@PostgresIntegrationTest
class StatusTransitionsPostgresIT {

    /** A small lifecycle: OPEN → DECIDED_A or DECIDED_B, each once. */
    enum Probe implements CaseStatus<Probe> {
        OPEN, DECIDED_A, DECIDED_B;

        @Override
        public Set<Probe> comesFrom() {
            return this == OPEN ? EnumSet.noneOf(Probe.class) : EnumSet.of(OPEN);
        }
    }

    static final String TABLE = "status_transition_probe";

    @Autowired
    StatusTransitions transitions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    long id;
    CaseRef ref;

    @BeforeEach
    void probeCase() {
        jdbc.sql("create table if not exists " + TABLE
                + " (id bigint primary key, status varchar(32) not null, version int not null, note varchar(200))")
                .update();
        id = 900_000_000L + ThreadLocalRandom.current().nextLong(99_000_000L);
        jdbc.sql("insert into " + TABLE + " (id, status, version) values (?, 'OPEN', 0)").param(id).update();
        ref = new CaseRef(CaseType.OBJECTION, String.valueOf(id));
    }

    @Test
    void changeFromAnExpectedStatusCountsTheVersionAndNamesFromAndToInTheAudit() {
        Probe from = transitions.change(StatusTransitions.Change.of(TABLE, ref, "91230400MA19XY0035",
                Probe.DECIDED_A).set("note", "理由").detail("decided"));

        assertThat(from).isEqualTo(Probe.OPEN);
        assertThat(row()).isEqualTo("DECIDED_A/1/理由");
        assertThat(auditDetails()).containsExactly("OPEN → DECIDED_A; decided");
    }

    @Test
    void changeFromAStatusTheNewOneDoesNotFollowIsAConflictAndWritesNothing() {
        transitions.change(StatusTransitions.Change.of(TABLE, ref, null, Probe.DECIDED_A));

        assertThatThrownBy(() -> transitions.change(StatusTransitions.Change.of(TABLE, ref, null, Probe.DECIDED_B)))
                .isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.messageArguments()).contains("DECIDED_A", "DECIDED_B"));
        assertThat(row()).isEqualTo("DECIDED_A/1/null");
        assertThat(auditDetails()).containsExactly("OPEN → DECIDED_A");
    }

    @Test
    void changeAndItsAuditEntryAreUndoneTogetherWithTheCallersTransaction() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            transitions.change(StatusTransitions.Change.of(TABLE, ref, null, Probe.DECIDED_A));
            throw new IllegalStateException("a later step of the same decision failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(row()).isEqualTo("OPEN/0/null");
        assertThat(auditDetails()).isEmpty();
    }

    @Test
    void ofTwoRacingDecisionsOneWinsAndTheOtherIsAConflict() throws Exception {
        CountDownLatch firstChanged = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // the first decision changes the case and keeps its transaction open...
            Future<Probe> first = pool.submit(() -> transaction.execute(status -> {
                Probe from = transitions.change(StatusTransitions.Change.of(TABLE, ref, null, Probe.DECIDED_A));
                firstChanged.countDown();
                await(release);
                return from;
            }));
            assertThat(firstChanged.await(30, TimeUnit.SECONDS)).isTrue();
            // ...while the second one reads the case: it waits on the row's lock, then finds it decided
            Future<Probe> second = pool.submit(() -> transaction.execute(status ->
                    transitions.change(StatusTransitions.Change.of(TABLE, ref, null, Probe.DECIDED_B))));
            release.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(Probe.OPEN);
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(ConflictException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(row()).isEqualTo("DECIDED_A/1/null");
        assertThat(auditDetails()).containsExactly("OPEN → DECIDED_A");
    }

    private String row() {
        return jdbc.sql("select status || '/' || version || '/' || coalesce(note, 'null') from " + TABLE
                + " where id = ?").param(id).query(String.class).single();
    }

    private List<String> auditDetails() {
        return new ArrayList<>(jdbc.sql("select detail from audit_entry where case_ref = ? and action = 'STATE_CHANGED'"
                + " order by id").param(ref.businessKey()).query(String.class).list());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
