package org.xinyong.workflow.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.listing.TestSubjects;

/** API.md {@code POST /sanctions/checks} and {@code GET /matters} on the shared application. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class SanctionsChecksApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void mattersAreListedForStaffAndCheckers() throws Exception {
        mvc.perform(get("/api/v1/matters").with(httpBasic("checker", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[0].code").value("GOVERNMENT_PROCUREMENT"))
                .andExpect(jsonPath("$[0].title").value("政府采购"));
        mvc.perform(get("/api/v1/matters").header("Accept-Language", "en").with(httpBasic("amr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].title").value("Tendering and bidding"));
        mvc.perform(get("/api/v1/matters").with(httpBasic("ent1", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    void everyCodeIsAnsweredAndLoggedUnderTheCheck() throws Exception {
        String unlisted = TestSubjects.enterpriseCode();
        String wrong = TestSubjects.withWrongCheckCharacter(TestSubjects.enterpriseCode());
        String answer = mvc.perform(check("checker", body(List.of(unlisted, wrong), "GOVERNMENT_PROCUREMENT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkId").isNotEmpty())
                .andExpect(jsonPath("$.results", hasSize(2)))
                .andExpect(jsonPath("$.results[0].subjectCode").value(unlisted))
                .andExpect(jsonPath("$.results[0].valid").value(true))
                .andExpect(jsonPath("$.results[0].listed").value(false))
                .andExpect(jsonPath("$.results[0].suspended").value(false))
                .andExpect(jsonPath("$.results[0].watchList").value(false))
                .andExpect(jsonPath("$.results[0].redListed").value(false))
                .andExpect(jsonPath("$.results[0].measures", hasSize(0)))
                .andExpect(jsonPath("$.results[0].incentives", hasSize(0)))
                .andExpect(jsonPath("$.results[1].valid").value(false))
                .andReturn().getResponse().getContentAsString();
        String checkId = JsonPath.read(answer, "$.checkId");
        List<String> logged = jdbc.sql("select subject_code from audit_entry where case_ref = ? and actor = 'checker'"
                        + " and action = 'SANCTIONS_QUERIED' and purpose = '资格审查' order by id")
                .param("sanctions-check:" + checkId).query(String.class).list();
        assertThat(logged).containsExactly(unlisted, wrong);

        mvc.perform(check("credit", body(List.of(unlisted), "LAND_TRANSFER"))).andExpect(status().isOk());
    }

    @Test
    void badChecksAre400AndOtherRoles403() throws Exception {
        String code = TestSubjects.enterpriseCode();
        mvc.perform(check("checker", body(List.of(), "BIDDING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(check("checker", body(Collections.nCopies(1001, code), "BIDDING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        mvc.perform(check("checker", body(List.of(code), "FISHING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        mvc.perform(check("checker", "{\"subjectCodes\": \"x\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        mvc.perform(check("amr", body(List.of(code), "BIDDING"))).andExpect(status().isForbidden());
        mvc.perform(check("admin", body(List.of(code), "BIDDING"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sanctions/checks").contentType(MediaType.APPLICATION_JSON)
                        .content(body(List.of(code), "BIDDING")))
                .andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder check(String user,
                                                                                           String body) {
        return post("/api/v1/sanctions/checks").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String body(List<String> codes, String matter) {
        return "{\"subjectCodes\":[" + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList())
                + "],\"matter\":\"" + matter + "\",\"purpose\":\"资格审查\"}";
    }
}
