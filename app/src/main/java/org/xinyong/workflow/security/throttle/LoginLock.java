package org.xinyong.workflow.security.throttle;

import java.time.Instant;

/**
 * A lock in force, for the administrator.
 *
 * @param account     the account locked from {@code address}, or null when the whole address is locked
 * @param address     the client address
 * @param lockedUntil when the lock ends by itself
 */
public record LoginLock(String account, String address, Instant lockedUntil) {
}
