package org.xinyong.workflow.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link CurrentUser} of the running request from the Spring Security context. Inject it wherever data
 * must be filtered by who is asking.
 */
@Component
public class CurrentUsers {

    private final PeopleRepository people;

    public CurrentUsers(PeopleRepository people) {
        this.people = people;
    }

    /** The signed-in user, or empty for anonymous callers. */
    public Optional<CurrentUser> find() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The signed-in user; throws (answered as 401) when nobody is signed in. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    /** The user behind an authentication, or empty when it is missing or anonymous. */
    public Optional<CurrentUser> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AppUserDetails details) {
            return Optional.of(details.currentUser());
        }
        if (authentication.getPrincipal() instanceof CurrentUser client) {
            // an API client authenticated by its token (security.ApiTokenFilter)
            return Optional.of(client);
        }
        return Optional.of(fromAuthorities(authentication));
    }

    /**
     * Authentications not made by {@link AppUserDetailsService} (e.g. tests' {@code @WithMockUser}): role and groups
     * come from the authorities, department and subject code from the account table when the user exists there.
     */
    private CurrentUser fromAuthorities(Authentication authentication) {
        String role = null;
        Set<String> groups = new HashSet<>();
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            if (authority.startsWith(Roles.AUTHORITY_PREFIX) && role == null) {
                role = authority.substring(Roles.AUTHORITY_PREFIX.length());
            } else if (authority.startsWith(Groups.AUTHORITY_PREFIX)) {
                groups.add(authority.substring(Groups.AUTHORITY_PREFIX.length()));
            }
        }
        String username = authentication.getName();
        Optional<AppUser> stored = people.findUser(username);
        return new CurrentUser(username,
                stored.map(AppUser::displayName).orElse(username),
                role != null ? role : stored.map(AppUser::role).orElse(null),
                groups,
                stored.map(AppUser::departmentCode).orElse(null),
                stored.map(AppUser::subjectCode).orElse(null));
    }
}
