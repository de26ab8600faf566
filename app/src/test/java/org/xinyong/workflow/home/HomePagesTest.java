package org.xinyong.workflow.home;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.security.AppUserDetailsService;

/** The home page by role, the role-aware navigation, the language switch and the login page. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class HomePagesTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private AppUserDetailsService userDetails;

    @Test
    void enterpriseHomeShowsItsCreditCodeAndPortalOnly() throws Exception {
        mvc.perform(get("/").with(user(account("ent1"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("91230400MA19XY0035"),
                        containsString("href=\"/portal\""),
                        not(containsString("href=\"/work\"")),
                        not(containsString("href=\"/camunda/app/\"")))));
    }

    @Test
    void staffHomeShowsItsGroupsAndTheTaskList() throws Exception {
        mvc.perform(get("/").with(user(account("amr"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("市场监督管理局"),
                        containsString("id=\"home-tasks\""),
                        not(containsString("href=\"/portal\"")),
                        not(containsString("href=\"/dashboard\"")))));
    }

    @Test
    void creditOfficeHomeOffersTheDashboard() throws Exception {
        mvc.perform(get("/").with(user(account("credit"))))
                .andExpect(content().string(allOf(containsString("id=\"home-dashboard\""),
                        containsString("id=\"home-tasks\""))));
    }

    @Test
    void supervisorHomeOffersTheDashboardOnly() throws Exception {
        mvc.perform(get("/").with(user(account("supervisor"))))
                .andExpect(content().string(allOf(containsString("id=\"home-dashboard\""),
                        not(containsString("id=\"home-tasks\"")))));
    }

    @Test
    void sanctionsCheckerHomeExplainsTheApi() throws Exception {
        mvc.perform(get("/").with(user(account("checker"))))
                .andExpect(content().string(containsString("/api/v1/sanctions/")));
    }

    @Test
    void administratorHomeLinksAdministrationAndCamunda() throws Exception {
        mvc.perform(get("/").with(user(account("admin"))))
                .andExpect(content().string(allOf(containsString("id=\"home-admin\""),
                        containsString("href=\"/camunda/app/\""))));
    }

    @Test
    void languageSwitchTurnsThePageEnglishAndRemembersIt() throws Exception {
        Cookie language = mvc.perform(get("/").param("lang", "en").with(user(account("amr"))))
                .andExpect(content().string(allOf(containsString("Welcome, "), containsString("lang=\"en\""))))
                .andExpect(cookie().value(RequestLocaleResolver.COOKIE_NAME, "en"))
                .andReturn().getResponse().getCookie(RequestLocaleResolver.COOKIE_NAME);

        mvc.perform(get("/work").cookie(language).with(user(account("amr"))))
                .andExpect(content().string(containsString("Workbench")));
    }

    @Test
    void pagesAreChineseByDefault() throws Exception {
        mvc.perform(get("/work").with(user(account("amr"))))
                .andExpect(content().string(allOf(containsString("工作台"), containsString("lang=\"zh-CN\""))));
    }

    @Test
    void loginPageNamesTheDemoAccountsInTheDemoProfile() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"_csrf\""),
                        containsString("<code>ent1</code>"), containsString("for=\"username\""))));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("用户名或密码错误")));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void publicLandingPageWorksWithoutSignIn() throws Exception {
        mvc.perform(get("/public"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("公示名单"), containsString("href=\"/login\""))));
    }

    private UserDetails account(String username) {
        return userDetails.loadUserByUsername(username);
    }
}
