package org.xinyong.workflow.admin.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.calendar.BusinessClock;

/**
 * Issue 17: machine clients authenticate with a token registered by an administrator (API.md {@code POST /api-clients},
 * {@code Authorization: Bearer <token>}); the token is stored only as its hash, every call is still logged with the
 * client's identity, and a token that does not authenticate is a 401.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ApiClientsTest {

    static final String ENT1 = "91230400MA19XY0035";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BusinessClock clock;

    @Test
    void registeredClientChecksSanctionsWithItsTokenAndIsLoggedByName() throws Exception {
        String json = register("""
                {"name":"县政务服务审批系统","role":"SANCTIONS_CHECK","expiresOn":"%s"}""".formatted(clock.today().plusYears(1)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("SANCTIONS_CHECK"))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(json, "$.token");
        String clientId = JsonPath.read(json, "$.clientId");
        assertThat(token).startsWith("xy_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("select token_hash from api_client where client_id = ?", String.class, clientId))
                .as("only the hash is stored").isEqualTo(ApiClients.hash(token)).doesNotContain(token);

        mvc.perform(get("/api/v1/sanctions/" + ENT1).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectCode").value(ENT1));

        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SANCTIONS_QUERIED' and actor = ?",
                Long.class, "client:" + clientId)).isEqualTo(1);
        mvc.perform(get("/api/v1/listing-cases/1").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenThatDoesNotAuthenticateIsA401AndBasicStillWorks() throws Exception {
        mvc.perform(get("/api/v1/sanctions/" + ENT1).header("Authorization", "Bearer xy_not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").exists());
        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("checker", "demo"))).andExpect(status().isOk());
    }

    @Test
    void onlyAnAdministratorRegistersAndBadRegistrationsAreRefused() throws Exception {
        String future = clock.today().plusMonths(6).toString();
        mvc.perform(post("/api/v1/api-clients").with(httpBasic("credit", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"role\":\"SANCTIONS_CHECK\",\"expiresOn\":\"" + future + "\"}"))
                .andExpect(status().isForbidden());
        register("{\"name\":\"x\",\"role\":\"ADMIN\",\"expiresOn\":\"" + future + "\"}").andExpect(status().isBadRequest());
        register("{\"name\":\"x\",\"role\":\"STAFF\",\"expiresOn\":\"" + future + "\"}").andExpect(status().isBadRequest());
        register("{\"name\":\"x\",\"role\":\"SANCTIONS_CHECK\",\"expiresOn\":\"" + clock.today() + "\"}")
                .andExpect(status().isBadRequest());
        register("{\"name\":\" \",\"role\":\"SANCTIONS_CHECK\",\"expiresOn\":\"" + future + "\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void anExpiredOrRevokedClientIsRefused() throws Exception {
        String json = register("""
                {"name":"到期系统","role":"SANCTIONS_CHECK","expiresOn":"%s"}""".formatted(clock.today().plusDays(1)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String clientId = JsonPath.read(json, "$.clientId");
        jdbc.update("update api_client set revoked_at = current_timestamp where client_id = ?", clientId);

        mvc.perform(get("/api/v1/sanctions/" + ENT1).header("Authorization", "Bearer " + JsonPath.read(json, "$.token")))
                .andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/v1/api-clients").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
