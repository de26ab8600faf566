package org.xinyong.workflow.security.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.xinyong.workflow.security.throttle.LoginRefusal.Kind;

class ThrottledAuthenticationProviderTest {

    private final AuthenticationProvider passwords = mock(AuthenticationProvider.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);
    private final ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(passwords, throttle);

    @Test
    void aRefusedSignInIsNeverCheckedAgainstThePassword() {
        LoginRefusal locked = new LoginRefusal(Kind.ACCOUNT_LOCKED, Duration.ofMinutes(15));
        when(throttle.admit("ent1", "10.0.0.7")).thenReturn(Optional.of(locked));

        assertThatThrownBy(() -> provider.authenticate(attempt("ent1", "demo", "10.0.0.7")))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        thrown -> assertThat(thrown.refusal()).isEqualTo(locked));
        verifyNoInteractions(passwords);
    }

    @Test
    void aWrongPasswordIsCountedForTheAccountAndTheAddress() {
        Authentication attempt = attempt("ent1", "wrong", "10.0.0.7");
        when(throttle.admit("ent1", "10.0.0.7")).thenReturn(Optional.empty());
        when(passwords.authenticate(attempt)).thenThrow(new BadCredentialsException("bad"));
        when(throttle.failed("ent1", "10.0.0.7"))
                .thenReturn(Optional.of(new LoginRefusal(Kind.DELAYED, Duration.ofSeconds(1))));

        assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        verify(throttle).failed("ent1", "10.0.0.7");
        verify(throttle, never()).succeeded(any(), any());
    }

    @Test
    void theFailureThatLocksSaysSoAtOnce() {
        Authentication attempt = attempt("ent1", "wrong", "10.0.0.7");
        when(throttle.admit("ent1", "10.0.0.7")).thenReturn(Optional.empty());
        when(passwords.authenticate(attempt)).thenThrow(new BadCredentialsException("bad"));
        when(throttle.failed("ent1", "10.0.0.7"))
                .thenReturn(Optional.of(new LoginRefusal(Kind.ACCOUNT_LOCKED, Duration.ofMinutes(15))));

        assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void aCorrectPasswordClearsThePair() {
        Authentication attempt = attempt("ent1", "demo", "10.0.0.7");
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated("ent1", null, List.of());
        when(throttle.admit("ent1", "10.0.0.7")).thenReturn(Optional.empty());
        when(passwords.authenticate(attempt)).thenReturn(signedIn);

        assertThat(provider.authenticate(attempt)).isSameAs(signedIn);
        verify(throttle).succeeded("ent1", "10.0.0.7");
    }

    @Test
    void aDisabledAccountIsNotCountedItsPasswordWasNeverChecked() {
        Authentication attempt = attempt("gone", "demo", "10.0.0.7");
        when(throttle.admit("gone", "10.0.0.7")).thenReturn(Optional.empty());
        when(passwords.authenticate(attempt)).thenThrow(new DisabledException("disabled"));

        assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(DisabledException.class);
        verify(throttle, never()).failed(any(), any());
    }

    @Test
    void aSignInWithoutRequestDetailsIsCountedUnderAnUnknownAddress() {
        Authentication attempt = UsernamePasswordAuthenticationToken.unauthenticated("ent1", "demo");
        when(throttle.admit("ent1", ThrottledAuthenticationProvider.UNKNOWN_ADDRESS)).thenReturn(Optional.empty());
        when(passwords.authenticate(attempt)).thenThrow(new BadCredentialsException("bad"));

        assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        verify(throttle).failed("ent1", ThrottledAuthenticationProvider.UNKNOWN_ADDRESS);
    }

    private static Authentication attempt(String account, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(account,
                password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }
}
