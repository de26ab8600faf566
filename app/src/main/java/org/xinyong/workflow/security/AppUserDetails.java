package org.xinyong.workflow.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a signed-in user: its {@link CurrentUser} view plus the password hash. */
public final class AppUserDetails implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final boolean enabled;
    private String passwordHash;

    public AppUserDetails(AppUser user) {
        this.user = user.toCurrentUser();
        this.enabled = user.enabled();
        this.passwordHash = user.passwordHash();
    }

    public CurrentUser currentUser() {
        return user;
    }

    /** {@code ROLE_<role>} plus {@code GROUP_<id>} for each group. */
    public static List<GrantedAuthority> authoritiesOf(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Roles.authority(user.role())));
        user.groups().stream().sorted()
                .forEach(group -> authorities.add(new SimpleGrantedAuthority(Groups.authority(group))));
        return authorities;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppUserDetails details && details.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }

    @Override
    public String toString() {
        return "AppUserDetails[" + getUsername() + "]";
    }
}
