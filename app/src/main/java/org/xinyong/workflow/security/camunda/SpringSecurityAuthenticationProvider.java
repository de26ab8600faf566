package org.xinyong.workflow.security.camunda;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xinyong.workflow.security.Groups;
import org.xinyong.workflow.security.Roles;

/**
 * Tells Camunda who is signed in, from the Spring Security context: single sign-on into the Camunda webapps and
 * the user behind Camunda REST calls. Only administrators are passed on (the access rules already keep everybody
 * else out of {@code /camunda/**} and {@code /engine-rest/**}; this is the second lock).
 *
 * <p>Camunda instantiates this class itself from the filters' {@code authentication-provider} init parameter, so it
 * has a no-argument constructor and reads the security context statically.
 */
public class SpringSecurityAuthenticationProvider implements AuthenticationProvider {

    private static final String GROUP_PREFIX = Groups.authority("");

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        if (!authorities.contains(Roles.authority(Roles.ADMIN))) {
            return AuthenticationResult.unsuccessful(authentication.getName());
        }
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(authorities.stream()
                .filter(authority -> authority != null && authority.startsWith(GROUP_PREFIX))
                .map(authority -> authority.substring(GROUP_PREFIX.length()))
                .toList());
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security has already challenged unauthenticated callers before Camunda's filters run.
    }
}
