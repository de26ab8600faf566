package org.xinyong.workflow.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production installation, which has no demo accounts: when
 * {@code xinyong.security.initial-admin.username} and {@code .password} are set and no ADMIN account exists yet,
 * one is created at start-up (before the Camunda identity synchronisation). Once any administrator exists the
 * settings are ignored, so they can be removed after the first sign-in.
 */
@Component
@Order(DemoPeopleLoader.ORDER + 10)
public class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final PeopleRepository people;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    public InitialAdministrator(PeopleRepository people, PasswordEncoder passwordEncoder,
                                @Value("${xinyong.security.initial-admin.username:}") String username,
                                @Value("${xinyong.security.initial-admin.password:}") String password) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoAdministrator();
    }

    /** @return whether an account was created */
    public boolean createIfNoAdministrator() {
        if (username.isBlank() || password.isBlank()) {
            return false;
        }
        boolean hasAdministrator = people.findAllUsers().stream()
                .anyMatch(user -> Roles.ADMIN.equals(user.role()) && user.enabled());
        if (hasAdministrator || people.userExists(username)) {
            return false;
        }
        people.insertUser(new AppUser(username, passwordEncoder.encode(password), username, null, true, Roles.ADMIN,
                null, null, Set.of(Groups.CAMUNDA_ADMIN)));
        log.warn("Created the initial administrator '{}'; change its password and remove "
                + "xinyong.security.initial-admin.* from the configuration", username);
        return true;
    }
}
