package org.xinyong.workflow.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.support.NoticeServiceSteps;

import com.jayway.jsonpath.JsonPath;

/**
 * Drives Lifecycle A over the REST API with the demo accounts, as a department would: amr records, amr-head
 * approves, the window passes, the credit office publishes. For the page tests of the portal and the public list.
 */
public final class ListingSteps {

    public static final String ENT1 = "91230400MA19XY0035";
    public static final String ENT2 = "91410526MA3X00004Y";

    private final MockMvc mvc;
    private final BusinessClock clock;
    private final DueJobs dueJobs;

    public ListingSteps(MockMvc mvc, BusinessClock clock, DueJobs dueJobs) {
        this.mvc = mvc;
        this.clock = clock;
        this.dueJobs = dueJobs;
    }

    /** amr records a serious market-order finding about an enterprise; returns the case id. */
    public long recordEnterprise(String creditCode) throws Exception {
        return record("ENTERPRISE", creditCode, "示例企业有限公司");
    }

    public long record(String subjectType, String subjectCode, String subjectName) throws Exception {
        return record(subjectType, subjectCode, subjectName, "SERIOUS");
    }

    /** amr records a market-order finding of the given severity (graded handling below SERIOUS, issue 14). */
    public long record(String subjectType, String subjectCode, String subjectName, String severity) throws Exception {
        String body = """
                {"subjectType":"%s","subjectCode":"%s","subjectName":"%s","basisType":"ADMINISTRATIVE_PENALTY",
                 "basisNumber":"鹤市监罚〔2026〕15号","basisDate":"2026-01-05","domain":"MARKET_ORDER",
                 "severity":"%s","facts":"串通投标","measures":["M-PROCUREMENT-BAN"]}
                """.formatted(subjectType, subjectCode, subjectName, severity);
        String json = mvc.perform(post("/api/v1/listing-cases").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** amr-head approves: the notice goes to the subject's inbox; served (by post), its statement window opens. */
    public void approve(long caseId) throws Exception {
        completeTask("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(mvc, caseId);
    }

    /** The business clock moves past any statement window; due timers run. Reset the clock after the test. */
    public void letTheWindowPass() {
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
    }

    /** The credit office publishes the decided case. */
    public void publish(long caseId) throws Exception {
        completeTask("credit", "publishListing", caseId, "publish");
    }

    /** Recorded, approved, silent through the window, published: the case's listing is active. */
    public long listed(String subjectType, String subjectCode, String subjectName) throws Exception {
        long caseId = record(subjectType, subjectCode, subjectName);
        approve(caseId);
        letTheWindowPass();
        publish(caseId);
        return caseId;
    }

    public String caseJson(long caseId) throws Exception {
        return mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    public String caseStatus(long caseId) throws Exception {
        return JsonPath.read(caseJson(caseId), "$.status");
    }

    /** The last day of the case's statement window, as the API states it. */
    public String statementWindowLastDay(long caseId) throws Exception {
        List<String> days = JsonPath.read(caseJson(caseId), "$.deadlines[?(@.kind == 'STATEMENT_WINDOW')].lastDay");
        assertThat(days).hasSize(1);
        return days.get(0);
    }

    /** The user completes the case's task with the outcome, giving reasons (some outcomes need them). */
    public void completeTask(String user, String taskKey, long caseId, String outcome) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("size", "200").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json,
                "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).as("task %s of case %s for %s", taskKey, caseId, user).hasSize(1);
        mvc.perform(post("/api/v1/tasks/" + ids.get(0) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\",\"comment\":\"理由（测试）\"}"))
                .andExpect(status().isNoContent());
    }
}
