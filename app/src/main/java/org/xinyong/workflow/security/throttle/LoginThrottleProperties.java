package org.xinyong.workflow.security.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code xinyong.security.login-throttle.*} (issue 18.3; values and their reasons in application.yml).
 *
 * @param freeFailures    failed sign-ins of one account from one address answered at once
 * @param firstDelay      the wait imposed after the first failure beyond {@code freeFailures}; it doubles with each
 *                        further failure
 * @param maxDelay        the longest such wait
 * @param accountFailures failed sign-ins of one account from one address that lock that pair for
 *                        {@code lockDuration}; the count drains back to zero over {@code lockDuration}
 * @param addressFailures failed sign-ins from one address, whatever the account, that lock the address
 * @param lockDuration    how long a lock lasts unless an administrator lifts it
 * @param trackedKeys     the most account/address pairs and addresses remembered at once (memory bound)
 */
@ConfigurationProperties("xinyong.security.login-throttle")
public record LoginThrottleProperties(int freeFailures, Duration firstDelay, Duration maxDelay, int accountFailures,
                                      int addressFailures, Duration lockDuration, long trackedKeys) {

    public LoginThrottleProperties {
        if (freeFailures < 0 || accountFailures < 1 || addressFailures < 1 || trackedKeys < 1
                || firstDelay == null || maxDelay == null || lockDuration == null
                || firstDelay.isNegative() || maxDelay.isNegative() || lockDuration.isNegative()
                || lockDuration.isZero()) {
            throw new IllegalArgumentException("xinyong.security.login-throttle: every limit must be set and positive "
                    + "(free-failures may be 0)");
        }
    }
}
