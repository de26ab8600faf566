package org.xinyong.workflow.security.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.xinyong.workflow.audit.AuditEvent;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.security.throttle.LoginRefusal.Kind;

class LoginThrottleTest {

    private static final String A = "10.0.0.1";
    private static final String B = "10.0.0.2";

    /** 3 free, then 1 s doubling to 8 s at most, 10 per pair, 20 per address, 15 minutes. */
    private final LoginThrottleProperties properties = new LoginThrottleProperties(3, Duration.ofSeconds(1),
            Duration.ofSeconds(8), 10, 20, Duration.ofMinutes(15), 1000);
    private final MutableClock clock = new MutableClock();
    private AuditLog audit;
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        audit = mock(AuditLog.class);
        throttle = new LoginThrottle(properties, audit, clock);
    }

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesUpToItsBound() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failed("ent1", A)).isEmpty();
            assertThat(throttle.admit("ent1", A)).isEmpty();
        }
        assertThat(throttle.failed("ent1", A)).contains(new LoginRefusal(Kind.DELAYED, Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.failed("ent1", A)).contains(new LoginRefusal(Kind.DELAYED, Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.failed("ent1", A)).contains(new LoginRefusal(Kind.DELAYED, Duration.ofSeconds(4)));
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.failed("ent1", A)).contains(new LoginRefusal(Kind.DELAYED, Duration.ofSeconds(8)));
        clock.advance(Duration.ofSeconds(8));
        assertThat(throttle.failed("ent1", A)).as("capped by max-delay")
                .contains(new LoginRefusal(Kind.DELAYED, Duration.ofSeconds(8)));
    }

    @Test
    void anAttemptDuringTheWaitIsRefusedAndCountsAsAFailure() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ent1", A);
        }
        clock.advance(Duration.ofMillis(500));
        Optional<LoginRefusal> refused = throttle.admit("ent1", A);
        assertThat(refused).hasValueSatisfying(refusal -> {
            assertThat(refusal.kind()).isEqualTo(Kind.DELAYED);
            assertThat(refusal.retryAfter()).as("the fifth failure: 2 s from now").isEqualTo(Duration.ofSeconds(2));
        });
        // hammering during the wait reaches the lock without a single password being checked
        for (int i = 0; i < 4; i++) {
            throttle.admit("ent1", A);
        }
        assertThat(throttle.admit("ent1", A)).hasValueSatisfying(refusal ->
                assertThat(refusal.kind()).isEqualTo(Kind.ACCOUNT_LOCKED));
    }

    @Test
    void tenFailuresLockThePairForTheLockDurationAndTheLockIsAudited() {
        for (int i = 0; i < 9; i++) {
            assertThat(throttle.failed("ent1", A).filter(LoginRefusal::locked)).isEmpty();
        }
        assertThat(throttle.failed("ent1", A)).contains(new LoginRefusal(Kind.ACCOUNT_LOCKED, Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.admit("ent1", A)).contains(new LoginRefusal(Kind.ACCOUNT_LOCKED, Duration.ofMinutes(1)));
        assertThat(throttle.locks()).containsExactly(new LoginLock("ent1", A,
                MutableClock.START.plus(Duration.ofMinutes(15))));
        ArgumentCaptor<AuditEvent> audited = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit).record(audited.capture());
        assertThat(audited.getValue().action()).isEqualTo("LOGIN_LOCKED");
        assertThat(audited.getValue().detail()).contains("ent1", A, "15 min");

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.admit("ent1", A)).as("the lock ends by itself").isEmpty();
        assertThat(throttle.locks()).isEmpty();
    }

    @Test
    void aLockedAccountStillSignsInFromAnotherAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ent1", A);
        }
        assertThat(throttle.admit("ent1", A)).isPresent();
        assertThat(throttle.admit("ent1", B)).as("someone else's failures lock nobody out").isEmpty();
        assertThat(throttle.admit("ent2", A)).as("nor another account from the same address").isEmpty();
    }

    @Test
    void oneAddressTryingManyAccountsIsLockedAltogether() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, A);
        }
        assertThat(throttle.failed("user19", A)).contains(new LoginRefusal(Kind.ADDRESS_LOCKED,
                Duration.ofMinutes(15)));
        assertThat(throttle.admit("anyone", A)).hasValueSatisfying(refusal ->
                assertThat(refusal.kind()).isEqualTo(Kind.ADDRESS_LOCKED));
        assertThat(throttle.admit("anyone", B)).isEmpty();
        assertThat(throttle.locks()).extracting(LoginLock::account, LoginLock::address)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, A));
    }

    @Test
    void failuresAreForgottenAsTheBucketRefills() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("ent1", A);
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.admit("ent1", A)).isEmpty();
        assertThat(throttle.failed("ent1", A)).as("a full refill: the first failure again").isEmpty();
    }

    @Test
    void aSuccessClearsThePairButNotTheAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("ent1", A);
        }
        throttle.succeeded("ent1", A);
        assertThat(throttle.admit("ent1", A)).isEmpty();
        assertThat(throttle.failed("ent1", A)).as("counting starts again").isEmpty();

        for (int i = 0; i < 13; i++) {
            throttle.failed("user" + i, A);
        }
        assertThat(throttle.admit("other", A)).as("7 + 13 failures from the address, a success in between")
                .hasValueSatisfying(refusal -> assertThat(refusal.kind()).isEqualTo(Kind.ADDRESS_LOCKED));
    }

    @Test
    void anAdministratorUnlocksAnAccountFromEveryAddressAndThatIsAudited() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("ent1", A);
            throttle.failed("ent1", B);
        }
        assertThat(throttle.isLocked("ent1")).isTrue();

        assertThat(throttle.unlockAccount("ent1")).isEqualTo(2);

        assertThat(throttle.isLocked("ent1")).isFalse();
        assertThat(throttle.admit("ent1", A)).isEmpty();
        assertThat(throttle.admit("ent1", B)).isEmpty();
        ArgumentCaptor<AuditEvent> audited = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit, times(3)).record(audited.capture());
        assertThat(audited.getValue().action()).isEqualTo("LOGIN_UNLOCKED");
        assertThat(audited.getValue().detail()).contains("ent1", "2 lock(s)");
    }

    @Test
    void anAdministratorUnlocksAnAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, A);
        }
        assertThat(throttle.unlockAddress(A)).isTrue();
        assertThat(throttle.admit("anyone", A)).isEmpty();
        assertThat(throttle.unlockAddress(B)).isFalse();
    }

    @Test
    void unknownAndAbsurdAccountNamesAreCountedLikeAnyOther() {
        String huge = "x".repeat(10_000);
        for (int i = 0; i < 10; i++) {
            throttle.failed(huge, A);
        }
        assertThat(throttle.admit(huge, A)).isPresent();
        assertThat(throttle.locks()).singleElement().satisfies(lock -> assertThat(lock.account()).hasSize(100));
        assertThat(throttle.admit(null, null)).isEmpty();
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {

        static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
