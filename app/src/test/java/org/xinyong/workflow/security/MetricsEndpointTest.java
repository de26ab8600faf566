package org.xinyong.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 18.12: {@code GET /actuator/prometheus} is the Prometheus scrape, for administrators and METRICS accounts
 * only, with the application's own gauges and counters beside Spring Boot's request metrics. (Spring Boot turns
 * metric export off in tests unless asked: {@link AutoConfigureObservability}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@ActiveProfiles("demo")
class MetricsEndpointTest {

    private static final String SCRAPE = "/actuator/prometheus";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PeopleRepository people;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void onlyAdministratorsAndMetricsAccountsMayScrape() throws Exception {
        mvc.perform(get(SCRAPE)).andExpect(status().isUnauthorized());
        mvc.perform(get(SCRAPE).with(user("amr").roles(Roles.STAFF))).andExpect(status().isForbidden());
        mvc.perform(get(SCRAPE).with(user("checker").roles(Roles.SANCTIONS_CHECK))).andExpect(status().isForbidden());
        mvc.perform(get(SCRAPE).with(user("admin").roles(Roles.ADMIN))).andExpect(status().isOk());
        mvc.perform(get(SCRAPE).with(user("scraper").roles(Roles.METRICS))).andExpect(status().isOk());
    }

    @Test
    void aMetricsAccountSignsInWithBasicAndMayDoNothingElse() throws Exception {
        if (!people.userExists("prometheus")) {
            // the V1_21 role constraint admits the role
            people.insertUser(new AppUser("prometheus", passwordEncoder.encode("scrape-secret"), "Prometheus", null,
                    true, Roles.METRICS, null, null, Set.of()));
        }
        mvc.perform(get(SCRAPE).with(httpBasic("prometheus", "scrape-secret"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").with(httpBasic("prometheus", "scrape-secret")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sanctions/91230400MA19XY0035").with(httpBasic("prometheus", "scrape-secret")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theScrapeCarriesTheApplicationsGaugesCountersAndRequestMetrics() throws Exception {
        mvc.perform(get("/api/v1/sanctions/91230400MA19XY0035").with(httpBasic("checker", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/sanctions/91230400MA19XY0036").with(httpBasic("checker", "demo")))
                .andExpect(status().isBadRequest());

        String scrape = mvc.perform(get(SCRAPE).with(user("admin").roles(Roles.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(scrape)
                .containsPattern("(?m)^xinyong_tasks_open\\{[^}]*application=\"xinyong-workflow\"[^}]*} \\d+")
                .containsPattern("(?m)^xinyong_deadlines_overdue\\{[^}]*} \\d+")
                .containsPattern("(?m)^xinyong_jobs_due\\{[^}]*} \\d+")
                .containsPattern("(?m)^xinyong_jobs_failed\\{[^}]*} \\d+")
                .containsPattern("(?m)^xinyong_sanctions_checks_total\\{[^}]*result=\"not_listed\"[^}]*} [1-9]")
                .containsPattern("(?m)^xinyong_sanctions_checks_total\\{[^}]*result=\"invalid\"[^}]*} [1-9]")
                .containsPattern("(?m)^http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/sanctions/\\{subjectCode}\"");
    }
}
