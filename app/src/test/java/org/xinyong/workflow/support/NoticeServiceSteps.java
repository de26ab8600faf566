package org.xinyong.workflow.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.documents.CaseDocument;
import org.xinyong.workflow.listing.ListingNoticeService;

/**
 * The step every listing now takes after the head's approval (issue 13 item 5): the notice before listing is served,
 * and only then does the statement window run. Shared by the flow tests instead of a copy in each.
 */
public final class NoticeServiceSteps {

    private NoticeServiceSteps() {
    }

    /** The zone the business dates are in (xinyong.calendar.zone). */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /**
     * Through the API as the department ({@code POST /api/v1/documents/{id}/service}, API.md): the notice of the amr
     * case reached the subject by post on the day it was issued.
     */
    public static void servedByPost(MockMvc mvc, long caseId) throws Exception {
        String json = mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(json, "$.documents[?(@.kind == 'LISTING_NOTICE')].id");
        List<String> issued = JsonPath.read(json, "$.documents[?(@.kind == 'LISTING_NOTICE')].issuedAt");
        if (ids.isEmpty()) {
            throw new AssertionError("listing case " + caseId + " has no notice to serve");
        }
        LocalDate issuedOn = Instant.parse(issued.get(0)).atZone(BEIJING).toLocalDate();
        mvc.perform(post("/api/v1/documents/" + ids.get(0) + "/service").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\":\"POST\",\"servedAt\":\"" + issuedOn
                                + "\",\"evidence\":\"邮寄送达回执（测试）\"}"))
                .andExpect(status().isOk());
    }

    /** The department records that the case's notice reached the subject by post on the day it was issued. */
    public static LocalDate servedByPost(ListingNoticeService notices, BusinessClock clock, long caseId) {
        CaseDocument notice = notices.notice(caseId)
                .orElseThrow(() -> new AssertionError("listing case " + caseId + " has no notice to serve"));
        LocalDate issuedOn = notice.issuedAt().atZone(clock.zone()).toLocalDate();
        notices.recordByDepartment(caseId, "POST", issuedOn.toString(), "邮寄送达回执（测试）", "amr");
        return issuedOn;
    }
}
