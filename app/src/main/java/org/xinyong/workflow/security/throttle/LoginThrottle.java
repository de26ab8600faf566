package org.xinyong.workflow.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.xinyong.workflow.audit.AuditEvent;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.security.throttle.LoginRefusal.Kind;

/**
 * Login throttling (issue 18.3) for the form login and HTTP Basic alike. Failed sign-ins are counted in Bucket4j
 * token buckets that refill over {@code lock-duration}, so old failures are forgotten:
 * <ul>
 *   <li>per <b>account and client address</b>: after {@code free-failures} each further failure imposes a wait that
 *       doubles (from {@code first-delay} to at most {@code max-delay}); an attempt during the wait is refused
 *       unchecked and counts as a failure; {@code account-failures} failures lock the pair for
 *       {@code lock-duration};</li>
 *   <li>per <b>client address</b>, whatever the account: {@code address-failures} failures lock the address (one
 *       host trying many accounts).</li>
 * </ul>
 * There is deliberately no lock of an account from every address: an attacker could then lock out any account
 * cheaply; the owner signing in from another address is never blocked by someone else's failures (README, Security).
 * A success clears the pair's count (not the address's). Each lock is audited, as is an administrator's unlock.
 * Counts live in this node's memory (bounded by {@code tracked-keys}); a restart forgets them.
 */
@Component
public class LoginThrottle {

    /** An account name longer than the column of app_user is still counted, under its first characters. */
    private static final int ACCOUNT_KEY_LENGTH = 100;
    private static final int ADDRESS_KEY_LENGTH = 64;

    private final LoginThrottleProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final TimeMeter timeMeter;
    private final Cache<Pair, Counter> pairs;
    private final Cache<String, Counter> addresses;

    @Autowired
    public LoginThrottle(LoginThrottleProperties properties, AuditLog audit) {
        this(properties, audit, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleProperties properties, AuditLog audit, Clock clock) {
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.timeMeter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        // an entry untouched for a whole lock duration has refilled and unlocked: forgetting it changes nothing
        this.pairs = Caffeine.newBuilder().maximumSize(properties.trackedKeys())
                .expireAfterAccess(properties.lockDuration()).build();
        this.addresses = Caffeine.newBuilder().maximumSize(properties.trackedKeys())
                .expireAfterAccess(properties.lockDuration()).build();
    }

    /**
     * Whether a sign-in of {@code account} from {@code address} may be checked now. A refusal during a wait counts as a
     * failure (hammering does not get around the wait); a refusal during a lock does not prolong it.
     */
    public Optional<LoginRefusal> admit(String account, String address) {
        Instant now = clock.instant();
        Counter byAddress = addresses.getIfPresent(addressKey(address));
        if (byAddress != null) {
            Optional<Duration> locked = byAddress.lockedFor(now);
            if (locked.isPresent()) {
                return Optional.of(new LoginRefusal(Kind.ADDRESS_LOCKED, locked.get()));
            }
        }
        Counter byPair = pairs.getIfPresent(new Pair(accountKey(account), addressKey(address)));
        if (byPair == null) {
            return Optional.empty();
        }
        Optional<Duration> locked = byPair.lockedFor(now);
        if (locked.isPresent()) {
            return Optional.of(new LoginRefusal(Kind.ACCOUNT_LOCKED, locked.get()));
        }
        Optional<Duration> wait = byPair.waitFor(now);
        if (wait.isPresent()) {
            return Optional.of(failed(account, address).orElse(new LoginRefusal(Kind.DELAYED, wait.get())));
        }
        return Optional.empty();
    }

    /**
     * Counts a failed sign-in (wrong password or unknown account, alike). Answers the refusal the next attempt will
     * get: a lock begun now, or the wait now imposed; empty while failures are still free.
     */
    public Optional<LoginRefusal> failed(String account, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        Counter byAddress = addresses.get(addressKey,
                key -> new Counter(properties.addressFailures(), properties.addressFailures()));
        if (byAddress.fail(now)) {
            audit.record(AuditEvent.of(LoginAuditAction.LOGIN_LOCKED).withDetail("address " + addressKey
                    + " locked for " + properties.lockDuration().toMinutes() + " min after "
                    + properties.addressFailures() + " failed sign-ins (last for account " + accountKey + ")"));
            return Optional.of(new LoginRefusal(Kind.ADDRESS_LOCKED, properties.lockDuration()));
        }
        Counter byPair = pairs.get(new Pair(accountKey, addressKey),
                key -> new Counter(properties.accountFailures(), properties.freeFailures()));
        if (byPair.fail(now)) {
            audit.record(AuditEvent.of(LoginAuditAction.LOGIN_LOCKED).withDetail("account " + accountKey
                    + " locked from " + addressKey + " for " + properties.lockDuration().toMinutes() + " min after "
                    + properties.accountFailures() + " failed sign-ins"));
            return Optional.of(new LoginRefusal(Kind.ACCOUNT_LOCKED, properties.lockDuration()));
        }
        return byPair.waitFor(now).map(wait -> new LoginRefusal(Kind.DELAYED, wait));
    }

    /** A correct password: the pair's failures are forgotten (the address's are not: one good account must not
     *  reset a host's guessing of others). */
    public void succeeded(String account, String address) {
        pairs.invalidate(new Pair(accountKey(account), addressKey(address)));
    }

    /** The administrator lifts every lock and wait of an account, from every address. Answers how many were lifted. */
    public int unlockAccount(String account) {
        String accountKey = accountKey(account);
        Instant now = clock.instant();
        List<Pair> keys = pairs.asMap().keySet().stream().filter(pair -> pair.account().equals(accountKey)).toList();
        int locked = 0;
        for (Pair key : keys) {
            Counter counter = pairs.getIfPresent(key);
            if (counter != null && counter.lockedFor(now).isPresent()) {
                locked++;
            }
            pairs.invalidate(key);
        }
        audit.record(AuditEvent.of(LoginAuditAction.LOGIN_UNLOCKED).withDetail("account " + accountKey + " unlocked ("
                + locked + " lock(s) lifted)"));
        return locked;
    }

    /** The administrator lifts the lock of a client address. Answers whether it was locked. */
    public boolean unlockAddress(String address) {
        String addressKey = addressKey(address);
        Counter counter = addresses.getIfPresent(addressKey);
        boolean locked = counter != null && counter.lockedFor(clock.instant()).isPresent();
        addresses.invalidate(addressKey);
        audit.record(AuditEvent.of(LoginAuditAction.LOGIN_UNLOCKED).withDetail("address " + addressKey + " unlocked"
                + (locked ? "" : " (was not locked)")));
        return locked;
    }

    /** The locks in force on this node, soonest to end first. */
    public List<LoginLock> locks() {
        Instant now = clock.instant();
        List<LoginLock> locks = new ArrayList<>();
        addresses.asMap().forEach((address, counter) -> counter.lockedUntil(now)
                .ifPresent(until -> locks.add(new LoginLock(null, address, until))));
        pairs.asMap().forEach((pair, counter) -> counter.lockedUntil(now)
                .ifPresent(until -> locks.add(new LoginLock(pair.account(), pair.address(), until))));
        locks.sort(Comparator.comparing(LoginLock::lockedUntil));
        return locks;
    }

    /** Whether the account is locked from some address now (for the users page). */
    public boolean isLocked(String account) {
        String accountKey = accountKey(account);
        return locks().stream().anyMatch(lock -> accountKey.equals(lock.account()));
    }

    private static String accountKey(String account) {
        String key = account == null ? "" : account.strip();
        return key.length() <= ACCOUNT_KEY_LENGTH ? key : key.substring(0, ACCOUNT_KEY_LENGTH);
    }

    private static String addressKey(String address) {
        String key = address == null || address.isBlank() ? "unknown" : address.strip();
        return key.length() <= ADDRESS_KEY_LENGTH ? key : key.substring(0, ADDRESS_KEY_LENGTH);
    }

    private record Pair(String account, String address) {
    }

    /** The failures of one key: a bucket of {@code capacity} tokens refilling over the lock duration, and a lock. */
    private final class Counter {

        private final int capacity;
        private final int freeFailures;
        private Bucket bucket;
        private Instant lockedUntil;
        private Instant nextAttempt;

        Counter(int capacity, int freeFailures) {
            this.capacity = capacity;
            this.freeFailures = freeFailures;
            this.bucket = newBucket();
        }

        private Bucket newBucket() {
            return Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity)
                            .refillGreedy(capacity, properties.lockDuration()).build())
                    .withCustomTimePrecision(timeMeter)
                    .build();
        }

        /** Counts one failure; true when it starts a lock. */
        synchronized boolean fail(Instant now) {
            if (lockedFor(now).isPresent()) {
                return false;
            }
            bucket.tryConsume(1);
            long failures = capacity - bucket.getAvailableTokens();
            if (failures >= capacity) {
                lockedUntil = now.plus(properties.lockDuration());
                nextAttempt = null;
                bucket = newBucket();
                return true;
            }
            if (failures > freeFailures) {
                long doublings = Math.min(failures - freeFailures - 1, 30);
                Duration wait = properties.firstDelay().multipliedBy(1L << doublings);
                nextAttempt = now.plus(wait.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : wait);
            }
            return false;
        }

        synchronized Optional<Duration> lockedFor(Instant now) {
            return lockedUntil(now).map(until -> Duration.between(now, until));
        }

        synchronized Optional<Instant> lockedUntil(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
        }

        synchronized Optional<Duration> waitFor(Instant now) {
            return nextAttempt != null && nextAttempt.isAfter(now)
                    ? Optional.of(Duration.between(now, nextAttempt)) : Optional.empty();
        }
    }
}
