package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.xinyong.workflow.security.web.ApiErrorResponder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The access rules of API.md, family by family, with the demo accounts (password {@code demo}): allowed roles get
 * past security (a 404 or 405 is fine where the endpoint is not built yet), other roles get 403, anonymous 401.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class AccessRulesTest {

    private static final String PASSWORD = "demo";
    /** Spring Session's cookie (DefaultCookieSerializer). */
    private static final String SESSION_COOKIE = "SESSION";
    /** One demo account per role, plus the credit office (a STAFF group with extra rights). */
    private static final List<String> ACCOUNTS = List.of("admin", "amr", "credit", "supervisor", "checker", "ent1");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AppUserDetailsService userDetails;

    /**
     * @param allowed accounts that must get past security
     * @param denied  accounts that must get 403 (accounts in neither set are left to the service layer)
     */
    record Family(HttpMethod method, String path, Set<String> allowed, Set<String> denied) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Family> apiFamilies() {
        return Stream.of(
                new Family(HttpMethod.POST, "/api/v1/listing-cases",
                        Set.of("amr"), Set.of("ent1", "supervisor", "checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/listing-cases/dummy",
                        Set.of("amr", "supervisor"), Set.of("ent1", "checker", "admin")),
                // issue 14: dishonesty records
                new Family(HttpMethod.POST, "/api/v1/records",
                        Set.of("amr"), Set.of("ent1", "supervisor", "checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/records/dummy",
                        Set.of("amr", "supervisor", "ent1"), Set.of("checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/records",
                        Set.of("amr", "supervisor", "ent1"), Set.of("checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/tasks",
                        Set.of("amr", "credit"), Set.of("ent1", "supervisor", "checker", "admin")),
                new Family(HttpMethod.POST, "/api/v1/tasks/dummy/complete",
                        Set.of("amr"), Set.of("ent1", "supervisor", "checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/listings",
                        Set.of("ent1", "amr", "supervisor"), Set.of("checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/listings/dummy",
                        Set.of("ent1", "amr", "supervisor"), Set.of("checker", "admin")),
                new Family(HttpMethod.POST, "/api/v1/listings/dummy/objections",
                        Set.of("ent1", "credit"), Set.of("supervisor", "checker", "admin")),
                new Family(HttpMethod.POST, "/api/v1/listings/dummy/repairs",
                        Set.of("ent1"), Set.of("amr", "credit", "supervisor", "checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/objections/dummy",
                        Set.of("ent1", "amr", "supervisor"), Set.of("checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/repairs/dummy",
                        Set.of("ent1", "amr", "supervisor"), Set.of("checker", "admin")),
                new Family(HttpMethod.GET, "/api/v1/measures",
                        Set.of("amr", "supervisor", "admin"), Set.of("ent1", "checker")),
                new Family(HttpMethod.GET, "/api/v1/departments",
                        Set.of("amr", "supervisor", "admin"), Set.of("ent1", "checker")),
                new Family(HttpMethod.GET, "/api/v1/sanctions/91230400MA19XY0035",
                        Set.of("checker", "credit"), Set.of("amr", "ent1", "supervisor", "admin")),
                // issue 16 exchange: bulk checks, matters, the event feed, webhook subscriptions
                new Family(HttpMethod.POST, "/api/v1/sanctions/checks",
                        Set.of("checker", "credit"), Set.of("amr", "ent1", "supervisor", "admin")),
                new Family(HttpMethod.GET, "/api/v1/matters",
                        Set.of("checker", "amr", "credit"), Set.of("ent1", "supervisor", "admin")),
                new Family(HttpMethod.GET, "/api/v1/events",
                        Set.of("checker", "credit", "admin"), Set.of("amr", "ent1", "supervisor")),
                new Family(HttpMethod.POST, "/api/v1/subscriptions",
                        Set.of("admin"), Set.of("amr", "credit", "supervisor", "checker", "ent1")),
                new Family(HttpMethod.GET, "/api/v1/subscriptions",
                        Set.of("admin"), Set.of("amr", "credit", "supervisor", "checker", "ent1")),
                new Family(HttpMethod.DELETE, "/api/v1/subscriptions/dummy",
                        Set.of("admin"), Set.of("amr", "credit", "supervisor", "checker", "ent1")),
                new Family(HttpMethod.GET, "/api/v1/audit",
                        Set.of("admin"), Set.of("amr", "credit", "supervisor", "checker", "ent1")),
                new Family(HttpMethod.POST, "/api/v1/admin/clock",
                        Set.of("admin"), Set.of("amr", "credit", "supervisor", "checker", "ent1")),
                new Family(HttpMethod.GET, "/api/v1/me",
                        Set.copyOf(ACCOUNTS), Set.of()),
                // deny by default: an endpoint without a rule, and a method without a rule
                new Family(HttpMethod.GET, "/api/v1/no-such-endpoint",
                        Set.of(), Set.copyOf(ACCOUNTS)),
                new Family(HttpMethod.DELETE, "/api/v1/listings/dummy",
                        Set.of(), Set.copyOf(ACCOUNTS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiFamilies")
    void apiFamilyAdmitsOnlyItsRoles(Family family) throws Exception {
        mvc.perform(api(family))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, ApiErrorResponder.BASIC_CHALLENGE))
                .andExpect(jsonPath("$.error").value("unauthorized"));

        for (String account : family.allowed()) {
            int status = mvc.perform(api(family).with(httpBasic(account, PASSWORD))).andReturn().getResponse()
                    .getStatus();
            assertThat(status).as(account + " on " + family).isNotIn(401, 403);
        }
        for (String account : family.denied()) {
            mvc.perform(api(family).with(httpBasic(account, PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("forbidden"))
                    .andExpect(jsonPath("$.message").isNotEmpty());
        }
    }

    @Test
    void publicListIsOpenToAnonymousCallers() throws Exception {
        int status = mvc.perform(get("/api/v1/public/listings")).andReturn().getResponse().getStatus();
        assertThat(status).isNotIn(401, 403);
    }

    @Test
    void currentUserEndpointShowsTheEnterpriseItsCreditCode() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("ent1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("ent1"))
                .andExpect(jsonPath("$.role").value(Roles.ENTERPRISE))
                .andExpect(jsonPath("$.subjectCode").value("91230400MA19XY0035"));
        mvc.perform(get("/api/v1/me").with(httpBasic("amr", PASSWORD)))
                .andExpect(jsonPath("$.departmentCode").value("amr"))
                .andExpect(jsonPath("$.groups[0]").value("dept-amr"));
    }

    @Test
    void wrongBasicPasswordIsRefusedWithJson401() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("amr", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }

    @Test
    void apiErrorMessageFollowsAcceptLanguage() throws Exception {
        String english = mvc.perform(get("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9"))
                .andReturn().getResponse().getContentAsString();
        String chinese = mvc.perform(get("/api/v1/me").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        String noHeader = mvc.perform(get("/api/v1/me")).andReturn().getResponse().getContentAsString();

        assertThat(english).isNotEqualTo(chinese).doesNotContainPattern("\\p{IsHan}");
        assertThat(chinese).containsPattern("\\p{IsHan}");
        assertThat(noHeader).isEqualTo(chinese);
    }

    @Test
    void enterpriseCannotOpenTheWorkbench() throws Exception {
        mvc.perform(get("/work").with(user(account("ent1")))).andExpect(status().isForbidden());
        mvc.perform(get("/portal").with(user(account("ent1")))).andExpect(status().isOk());
    }

    @Test
    void staffCannotOpenThePortal() throws Exception {
        mvc.perform(get("/portal").with(user(account("amr")))).andExpect(status().isForbidden());
        mvc.perform(get("/work").with(user(account("amr")))).andExpect(status().isOk());
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        for (String page : List.of("/", "/portal", "/work", "/dashboard", "/admin", "/camunda/app/")) {
            mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/public")).andExpect(status().isOk());
    }

    @Test
    void dashboardIsForSupervisorsCreditOfficeAndAdministrators() throws Exception {
        for (String account : List.of("supervisor", "credit", "admin")) {
            mvc.perform(get("/dashboard").with(user(account(account)))).andExpect(status().isOk());
        }
        for (String account : List.of("amr", "ent1", "checker")) {
            mvc.perform(get("/dashboard").with(user(account(account)))).andExpect(status().isForbidden());
        }
    }

    @Test
    void administrationAndCamundaAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin").with(user(account("admin")))).andExpect(status().isOk());
        for (String account : List.of("amr", "credit", "supervisor", "ent1")) {
            mvc.perform(get("/admin").with(user(account(account)))).andExpect(status().isForbidden());
            mvc.perform(get("/camunda/app/cockpit/default/").with(user(account(account))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/engine-rest/user").with(httpBasic(account, PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/engine-rest/user")).andExpect(status().isUnauthorized());
    }

    @Test
    void actuatorHealthIsOpenAndTheRestIsForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/info").with(httpBasic("amr", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(httpBasic("admin", PASSWORD))).andExpect(status().isOk());
    }

    /**
     * Issue 19.7: a path no rule names is still denied, but a signed-in user is told it does not exist (404, not
     * 403), whatever the role; an anonymous caller is sent to the login page as for any page, so it learns nothing.
     */
    @Test
    void unknownPagesAreDeniedByDefaultAndNotFoundForSignedInUsers() throws Exception {
        for (String account : ACCOUNTS) {
            mvc.perform(get("/nope").with(user(account(account)))).andExpect(status().isNotFound());
            mvc.perform(post("/somewhere/else").with(user(account(account))).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/nope")).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/somewhere-else")).andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void aNamedPageTheRoleMayNotOpenStaysForbidden() throws Exception {
        mvc.perform(get("/work").with(user(account("ent1")))).andExpect(status().isForbidden());
        mvc.perform(get("/portal").with(user(account("amr")))).andExpect(status().isForbidden());
        mvc.perform(get("/work/nope").with(user(account("ent1")))).andExpect(status().isForbidden());
    }

    @Test
    void formPostsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(user(account("amr")))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(account("amr"))).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(post("/login").param("username", "amr").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void browserSessionMayCallTheApiButWritesNeedTheCsrfToken() throws Exception {
        Cookie session = signIn("amr");

        mvc.perform(get("/api/v1/me").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("amr"));
        mvc.perform(post("/api/v1/listing-cases").cookie(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        int withToken = mvc.perform(post("/api/v1/listing-cases").cookie(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus();
        assertThat(withToken).isNotIn(401, 403);
    }

    /** Issue 18.2: an Authorization header that authenticates nothing does not excuse a session write from CSRF. */
    @Test
    void sessionWriteWithABearerHeaderStillNeedsTheCsrfToken() throws Exception {
        Cookie session = signIn("amr");

        mvc.perform(post("/api/v1/listing-cases").cookie(session).header("Authorization", "Bearer x")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(post("/api/v1/listing-cases").cookie(session).header("Authorization", "Basic")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        int basic = mvc.perform(post("/api/v1/listing-cases").cookie(session)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic("amr", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus();
        assertThat(basic).as("explicit Basic credentials need no token").isNotIn(401, 403);
    }

    @Test
    void loginWithTheWrongPasswordFails() throws Exception {
        mvc.perform(formLogin().user("amr").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody").password(PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void loginWithTheRightPasswordGrantsRoleAndGroups() throws Exception {
        mvc.perform(formLogin().user("amr").password(PASSWORD))
                .andExpect(authenticated().withUsername("amr").withAuthorities(List.of(
                        new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority("GROUP_dept-amr"))))
                .andExpect(redirectedUrl("/"));
    }

    /**
     * Signs in through the form and answers the session cookie. Sessions are kept by Spring Session (issue 18.10),
     * which follows the cookie, not MockMvc's own session object.
     */
    private Cookie signIn(String username) throws Exception {
        Cookie session = mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(SESSION_COOKIE);
        assertThat(session).as("session cookie of " + username).isNotNull();
        return session;
    }

    private MockHttpServletRequestBuilder api(Family family) {
        MockHttpServletRequestBuilder builder = request(family.method(), family.path());
        if (family.method() != HttpMethod.GET) {
            builder.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return builder;
    }

    private UserDetails account(String username) {
        return userDetails.loadUserByUsername(username);
    }
}
