package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyong.workflow.security.throttle.LoginThrottle;

/**
 * Issue 18.3: 30 wrong passwords for {@code ent1} through the form and 30 through HTTP Basic used to be followed by a
 * successful sign-in with the right one. Now the right password is refused with the lock message until an
 * administrator unlocks the account, or from another address. Each test signs in from its own client addresses, so
 * the shared demo context's other tests (from 127.0.0.1) are never throttled.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class LoginThrottlingTest {

    private static final String PASSWORD = "demo";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private LoginThrottle throttle;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void unlockEverything() {
        throttle.locks().forEach(lock -> {
            if (lock.account() == null) {
                throttle.unlockAddress(lock.address());
            } else {
                throttle.unlockAccount(lock.account());
            }
        });
    }

    @Test
    void thirtyWrongFormPasswordsThenTheRightOneIsRefusedWithTheLockMessage() throws Exception {
        String attacker = newAddress();
        for (int i = 0; i < 30; i++) {
            mvc.perform(signIn("ent1", "wrong" + i, attacker))
                    .andExpect(unauthenticated());
        }

        MvcResult refused = mvc.perform(signIn("ent1", PASSWORD, attacker))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"))
                .andReturn();

        Cookie session = refused.getResponse().getCookie("SESSION");
        mvc.perform(get("/login?throttled").cookie(session).header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "该账号从此地址登录失败次数过多，已临时锁定，请在 15 分钟后再试，或联系管理员解锁。")));
        mvc.perform(get("/login?throttled").cookie(session).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Too many failed sign-ins of this account from this address")));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_LOCKED' "
                + "and detail like ? and client_address = ?", Integer.class, "account ent1 locked from%", attacker))
                .isEqualTo(1);
    }

    @Test
    void thirtyWrongBasicPasswordsThenTheRightOneIsRefusedUntilAnAdministratorUnlocks() throws Exception {
        String attacker = newAddress();
        for (int i = 0; i < 30; i++) {
            int status = mvc.perform(get("/api/v1/me").with(httpBasic("ent1", "wrong" + i)).with(from(attacker)))
                    .andReturn().getResponse().getStatus();
            assertThat(status).isIn(401, 429);
        }

        mvc.perform(get("/api/v1/me").with(httpBasic("ent1", PASSWORD)).with(from(attacker))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, org.hamcrest.Matchers.matchesPattern("\\d+")))
                .andExpect(jsonPath("$.error").value("too_many_requests"))
                .andExpect(jsonPath("$.message").value(
                        "该账号从此地址登录失败次数过多，已临时锁定，请在 15 分钟后再试，或联系管理员解锁。"));

        mvc.perform(get("/api/v1/admin/login-locks").with(httpBasic("admin", PASSWORD)).with(from(newAddress())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.account == 'ent1' && @.address == '" + attacker + "')]").exists());
        mvc.perform(delete("/api/v1/admin/login-locks/accounts/ent1").with(httpBasic("admin", PASSWORD))
                        .with(from(newAddress())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locksLifted").value(1));

        mvc.perform(get("/api/v1/me").with(httpBasic("ent1", PASSWORD)).with(from(attacker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("ent1"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'LOGIN_UNLOCKED' "
                + "and actor = 'admin' and detail like 'account ent1 unlocked%'", Integer.class)).isPositive();
    }

    @Test
    void theRightPasswordFromAnotherAddressIsNotBlockedBySomeoneElsesFailures() throws Exception {
        String attacker = newAddress();
        for (int i = 0; i < 30; i++) {
            mvc.perform(signIn("ent1", "wrong" + i, attacker));
        }

        mvc.perform(signIn("ent1", PASSWORD, newAddress()))
                .andExpect(authenticated().withUsername("ent1"));
        mvc.perform(get("/api/v1/me").with(httpBasic("ent1", PASSWORD)).with(from(newAddress())))
                .andExpect(status().isOk());
    }

    @Test
    void basicSignInsToTheActuatorAndCamundaRestAreThrottledToo() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/engine-rest/user").with(httpBasic("admin", "wrong" + i)).with(from(address)));
        }

        mvc.perform(get("/actuator/info").with(httpBasic("admin", PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.error").value("too_many_requests"));
        mvc.perform(get("/engine-rest/user").with(httpBasic("admin", PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/actuator/info").with(httpBasic("admin", PASSWORD)).with(from(newAddress())))
                .andExpect(status().isOk());
    }

    @Test
    void theUnlockEndpointIsForAdministratorsOnly() throws Exception {
        mvc.perform(delete("/api/v1/admin/login-locks/accounts/ent1").with(httpBasic("amr", PASSWORD))
                        .with(from(newAddress())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/v1/admin/login-locks").with(from(newAddress())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aFewWrongPasswordsAreAnsweredAsBeforeThenTheWaitIsSaid() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(signIn("amr", "typo", address))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn("amr", "typo", address))
                .andExpect(redirectedUrl("/login?error"));
        // the fifth comes within the one-second wait: refused without a look at the password, even the right one
        MvcResult refused = mvc.perform(signIn("amr", PASSWORD, address))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"))
                .andReturn();
        mvc.perform(get("/login?throttled").cookie(refused.getResponse().getCookie("SESSION")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录失败次数过多，请在")));
    }

    @Test
    void theUsersPageOffersTheUnlockButtonWhileTheAccountIsLocked() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            throttle.failed("ent2", address);
        }
        String page = mvc.perform(get("/admin/users/ent2").with(user("admin").roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"user-unlock\"", "解除登录锁定");

        mvc.perform(post("/admin/users/ent2/unlock").with(user("admin").roles(Roles.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/ent2"));

        assertThat(throttle.isLocked("ent2")).isFalse();
        assertThat(mvc.perform(get("/admin/users/ent2").with(user("admin").roles(Roles.ADMIN)))
                .andReturn().getResponse().getContentAsString()).doesNotContain("id=\"user-unlock\"");
        mvc.perform(signIn("ent2", PASSWORD, address)).andExpect(authenticated().withUsername("ent2"));
    }

    /** The sign-in form's post (formLogin() of spring-security-test cannot set the client address). */
    private static MockHttpServletRequestBuilder signIn(String account, String password, String address) {
        return post("/login").param("username", account).param("password", password).with(csrf())
                .with(from(address));
    }

    private static String newAddress() {
        return "192.0.2." + NEXT_ADDRESS.getAndIncrement();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
