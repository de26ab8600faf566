package org.xinyong.workflow.security.throttle;

import java.io.Serializable;
import java.time.Duration;

/**
 * Why a sign-in was not even checked, and for how long. Serializable: the form login keeps it in the session (stored in
 * the database, issue 18.10) for the login page.
 *
 * @param kind       a short wait after several failures, or a lock
 * @param retryAfter when the next attempt will be considered
 */
public record LoginRefusal(Kind kind, Duration retryAfter) implements Serializable {

    public enum Kind {
        /** Failures of this account from this address: wait a little (the wait grows with each failure). */
        DELAYED,
        /** Too many failures of this account from this address: locked for the lock duration. */
        ACCOUNT_LOCKED,
        /** Too many failures from this address, whatever the account: the address is locked. */
        ADDRESS_LOCKED
    }

    public boolean locked() {
        return kind != Kind.DELAYED;
    }

    /** Whole seconds to wait, at least 1 (for a Retry-After header and messages). */
    public long retrySeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Whole minutes to wait, at least 1. */
    public long retryMinutes() {
        return Math.max(1, (retrySeconds() + 59) / 60);
    }
}
