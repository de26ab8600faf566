package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class CurrentUsersTest {

    private final PeopleRepository people = mock(PeopleRepository.class);
    private final CurrentUsers currentUsers = new CurrentUsers(people);

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signedInAccountIsReadFromItsPrincipalWithoutTheDatabase() {
        AppUser amr = new AppUser("amr", "{bcrypt}x", "市场监管局经办人", null, true, Roles.STAFF, "amr", null,
                Set.of("dept-amr"));
        AppUserDetails details = new AppUserDetails(amr);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));

        CurrentUser user = currentUsers.require();

        assertThat(user.username()).isEqualTo("amr");
        assertThat(user.departmentCode()).isEqualTo("amr");
        assertThat(user.groups()).containsExactly("dept-amr");
        verifyNoInteractions(people);
    }

    @Test
    void otherAuthenticationsTakeRoleAndGroupsFromAuthoritiesAndCodesFromTheAccountTable() {
        when(people.findUser("ent1")).thenReturn(Optional.of(new AppUser("ent1", "h", "企业一", null, true,
                Roles.ENTERPRISE, null, "91230400MA19XY0035", Set.of())));
        TestingAuthenticationToken token = new TestingAuthenticationToken("ent1", null,
                AuthorityUtils.createAuthorityList("ROLE_ENTERPRISE", "GROUP_some-group"));

        CurrentUser user = currentUsers.from(token).orElseThrow();

        assertThat(user.role()).isEqualTo(Roles.ENTERPRISE);
        assertThat(user.groups()).containsExactly("some-group");
        assertThat(user.subjectCode()).isEqualTo("91230400MA19XY0035");
        assertThat(user.displayName()).isEqualTo("企业一");
    }

    @Test
    void anonymousCallerHasNoCurrentUser() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS").get(0))));

        assertThat(currentUsers.find()).isEmpty();
        assertThatThrownBy(currentUsers::require).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
