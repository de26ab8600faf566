package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 18.9 (second half): an anonymous reader of the public list gets no HTTP session, so no session cookie and no
 * server memory (or session table row) per visitor or crawler. (The sign-in page does create one: its form's CSRF
 * token is kept there.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class AnonymousSessionTest {

    @Autowired
    private MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/public", "/public?q=%E5%85%AC%E5%8F%B8&page=0", "/public?lang=en", "/public?page=abc",
            "/api/v1/public/listings"})
    void anonymousPublicPagesCreateNoSession(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).header(HttpHeaders.ACCEPT, "text/html")).andReturn();

        assertThat(result.getResponse().getStatus()).isLessThan(500);
        assertThat(result.getRequest().getSession(false)).as("session created by GET " + url).isNull();
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID") || cookie.startsWith("SESSION"));
    }

    @Test
    void aSignedInPageStillCarriesTheTokenForTheScripts() throws Exception {
        String page = mvc.perform(get("/public").with(user("amr").roles(Roles.STAFF)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<meta name=\"_csrf\"", "<meta name=\"_csrf_header\"");
    }
}
