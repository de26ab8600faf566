package org.xinyong.workflow.listing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import org.xinyong.workflow.support.NoticeServiceSteps;

/**
 * Listing cases for the page tests, driven through the REST API as the demo accounts (password {@code demo}): record a
 * finding, find and complete tasks, file a statement, read the case's documents.
 */
public final class ListingCaseFixture {

    public static final String ENT1 = "91230400MA19XY0035";
    public static final String ENT2 = "91410526MA3X00004Y";

    private final MockMvc mvc;

    public ListingCaseFixture(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** {@code amr} records a serious market-order finding against the subject; answers the case id. */
    public long record(String subjectCode) throws Exception {
        String body = """
                {"subjectType":"ENTERPRISE","subjectCode":"%s","subjectName":"示例企业","basisType":"ADMINISTRATIVE_PENALTY",
                 "basisNumber":"鹤市监罚〔2026〕15号","basisDate":"2026-01-05","domain":"MARKET_ORDER","severity":"SERIOUS",
                 "facts":"串通投标","measures":["M-PROCUREMENT-BAN"]}
                """.formatted(subjectCode);
        String json = mvc.perform(post("/api/v1/listing-cases").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    public String taskId(String user, String taskKey, long caseId) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("size", "200").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json, "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).as("task %s of case %s for %s", taskKey, caseId, user).hasSize(1);
        return ids.get(0);
    }

    public void complete(String user, String taskKey, long caseId, String outcome) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskId(user, taskKey, caseId) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\",\"comment\":\"理由：" + outcome + "\"}"))
                .andExpect(status().isNoContent());
    }

    /** The department records that the notice was served by post (issue 13.5: the window counts from service). */
    public void serveNotice(long caseId) throws Exception {
        NoticeServiceSteps.servedByPost(mvc, caseId);
    }

    public void fileStatement(String enterpriseUser, long caseId, String text) throws Exception {
        mvc.perform(post("/api/v1/listing-cases/" + caseId + "/statements").with(httpBasic(enterpriseUser, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"STATEMENT\",\"text\":\"" + text + "\"}"))
                .andExpect(status().isCreated());
    }

    /** The ids of the case's documents, oldest first. */
    public List<Integer> documentIds(long caseId) throws Exception {
        String json = mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.documents[*].id");
    }
}
