package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class InitialAdministratorTest {

    private final PeopleRepository people = mock(PeopleRepository.class);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void createsAHashedAdministratorWhenThereIsNone() {
        when(people.findAllUsers()).thenReturn(List.of());

        boolean created = new InitialAdministrator(people, encoder, "root", "s3cret!").createIfNoAdministrator();

        ArgumentCaptor<AppUser> user = ArgumentCaptor.forClass(AppUser.class);
        verify(people).insertUser(user.capture());
        assertThat(created).isTrue();
        assertThat(user.getValue().role()).isEqualTo(Roles.ADMIN);
        assertThat(user.getValue().groups()).containsExactly(Groups.CAMUNDA_ADMIN);
        assertThat(user.getValue().passwordHash()).startsWith("{bcrypt}").doesNotContain("s3cret!");
        assertThat(encoder.matches("s3cret!", user.getValue().passwordHash())).isTrue();
    }

    @Test
    void doesNothingOnceAnAdministratorExists() {
        when(people.findAllUsers()).thenReturn(List.of(new AppUser("admin", "x", "admin", null, true, Roles.ADMIN,
                null, null, Set.of())));

        assertThat(new InitialAdministrator(people, encoder, "root", "s3cret!").createIfNoAdministrator()).isFalse();
        verify(people, never()).insertUser(any());
    }

    @Test
    void doesNothingWithoutBothSettings() {
        assertThat(new InitialAdministrator(people, encoder, "root", "").createIfNoAdministrator()).isFalse();
        verify(people, never()).insertUser(any());
    }
}
