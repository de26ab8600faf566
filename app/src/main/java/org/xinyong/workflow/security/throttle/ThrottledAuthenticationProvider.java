package org.xinyong.workflow.security.throttle;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts {@link LoginThrottle} in front of the password check. Form login and HTTP Basic (API, actuator, Camunda REST)
 * all authenticate through this one provider, and both fill in {@link WebAuthenticationDetails}, which gives the
 * client address (the container's {@code getRemoteAddr()}: behind a proxy, configure
 * {@code server.forward-headers-strategy} so that it is the client's, not the proxy's).
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** The address of a sign-in that came without request details (none in this application). */
    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = attempt.getName();
        String address = address(attempt);
        Optional<LoginRefusal> refused = throttle.admit(account, address);
        if (refused.isPresent()) {
            throw new LoginThrottledException(refused.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            Optional<LoginRefusal> lockedNow = throttle.failed(account, address).filter(LoginRefusal::locked);
            if (lockedNow.isPresent()) {
                // the failure that starts the lock already says so
                throw new LoginThrottledException(lockedNow.get());
            }
            throw wrong;
        }
        if (result != null) {
            throttle.succeeded(account, address);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String address(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return UNKNOWN_ADDRESS;
    }
}
