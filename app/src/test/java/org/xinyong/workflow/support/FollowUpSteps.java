package org.xinyong.workflow.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The service (送达) of the documents of a minor record's follow-up (issue 14; DOMAIN.md "Service of notices"),
 * shared by the flow tests: the department records through the API that the case's latest document of a kind reached
 * the subject by post on the day it was issued.
 */
public final class FollowUpSteps {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private FollowUpSteps() {
    }

    /** {@code POST /api/v1/documents/{id}/service} as amr for the amr case's latest document of {@code kind}. */
    public static void servedByPost(MockMvc mvc, long caseId, String kind) throws Exception {
        String json = mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(json, "$.documents[?(@.kind == '" + kind + "')].id");
        List<String> issued = JsonPath.read(json, "$.documents[?(@.kind == '" + kind + "')].issuedAt");
        if (ids.isEmpty()) {
            throw new AssertionError("listing case " + caseId + " has no " + kind + " to serve");
        }
        LocalDate issuedOn = Instant.parse(issued.get(ids.size() - 1)).atZone(BEIJING).toLocalDate();
        mvc.perform(post("/api/v1/documents/" + ids.get(ids.size() - 1) + "/service").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\":\"POST\",\"servedAt\":\"" + issuedOn
                                + "\",\"evidence\":\"邮寄送达回执（测试）\"}"))
                .andExpect(status().isOk());
    }
}
