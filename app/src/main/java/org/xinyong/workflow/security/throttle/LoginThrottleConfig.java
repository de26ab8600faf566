package org.xinyong.workflow.security.throttle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one authentication provider of the application: the accounts of {@code app_user} (the UserDetailsService)
 * checked with the password encoder, behind the login throttle. Being the only {@link AuthenticationProvider} bean,
 * Spring Security builds the global authentication manager of every filter chain from it.
 */
@Configuration(proxyBeanMethods = false)
class LoginThrottleConfig {

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                                           LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }
}
