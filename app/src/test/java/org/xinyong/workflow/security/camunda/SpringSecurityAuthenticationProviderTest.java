package org.xinyong.workflow.security.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class SpringSecurityAuthenticationProviderTest {

    private final SpringSecurityAuthenticationProvider provider = new SpringSecurityAuthenticationProvider();
    private final ProcessEngine engine = mock(ProcessEngine.class);

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signedInAdministratorIsPassedToCamundaWithItsGroups() {
        signIn("admin", "ROLE_ADMIN", "GROUP_camunda-admin");

        AuthenticationResult result = provider.extractAuthenticatedUser(new MockHttpServletRequest(), engine);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getAuthenticatedUser()).isEqualTo("admin");
        assertThat(result.getGroups()).containsExactly("camunda-admin");
    }

    @Test
    void otherRolesAreNotPassedToCamunda() {
        signIn("amr", "ROLE_STAFF", "GROUP_dept-amr");

        assertThat(provider.extractAuthenticatedUser(new MockHttpServletRequest(), engine).isAuthenticated())
                .isFalse();
    }

    @Test
    void nobodySignedInMeansNoCamundaUser() {
        assertThat(provider.extractAuthenticatedUser(new MockHttpServletRequest(), engine).isAuthenticated())
                .isFalse();
    }

    private static void signIn(String username, String... authorities) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(username, null, authorities);
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }
}
