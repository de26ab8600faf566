package org.xinyong.workflow.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from {@code app_user} for form login and HTTP Basic. */
@Service
public class AppUserDetailsService implements UserDetailsService {

    private final PeopleRepository people;

    public AppUserDetailsService(PeopleRepository people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return people.findUser(username)
                .map(AppUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
