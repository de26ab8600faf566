package org.xinyong.workflow.security.throttle;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused by {@link LoginThrottle} before (or after) its password was checked. A {@link LockedException},
 * so Spring Security's provider manager passes it on at once; the form login and the API map it to their own message.
 */
public class LoginThrottledException extends LockedException {

    private final LoginRefusal refusal;

    public LoginThrottledException(LoginRefusal refusal) {
        super("Too many failed sign-ins: " + refusal.kind() + ", retry in " + refusal.retrySeconds() + " s");
        this.refusal = refusal;
    }

    public LoginRefusal refusal() {
        return refusal;
    }
}
