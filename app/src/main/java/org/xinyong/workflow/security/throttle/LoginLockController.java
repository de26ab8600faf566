package org.xinyong.workflow.security.throttle;

import java.util.List;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in locks for administrators (issue 18.3; README "Security"): {@code GET /api/v1/admin/login-locks} lists
 * the locks in force on this node, {@code DELETE .../accounts/{account}} lifts an account's locks from every address,
 * {@code DELETE .../addresses/{address}} an address's lock. ADMIN only (security.SecurityConfig); each unlock is
 * audited.
 */
@RestController
@RequestMapping("/api/v1/admin/login-locks")
public class LoginLockController {

    private final LoginThrottle throttle;

    public LoginLockController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    public List<LoginLock> locks() {
        return throttle.locks();
    }

    @DeleteMapping("/accounts/{account}")
    public Unlocked unlockAccount(@PathVariable String account) {
        return new Unlocked(account, null, throttle.unlockAccount(account));
    }

    @DeleteMapping("/addresses/{address}")
    public Unlocked unlockAddress(@PathVariable String address) {
        return new Unlocked(null, address, throttle.unlockAddress(address) ? 1 : 0);
    }

    /**
     * @param locksLifted how many locks were in force and are lifted (0: nothing was locked; counts are reset anyway)
     */
    public record Unlocked(String account, String address, int locksLifted) {
    }
}
