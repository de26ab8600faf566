package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.web.ListingCaseFixture;
import org.xinyong.workflow.security.AppUserDetailsService;

/**
 * Issue 13 item 5 (DOMAIN.md "Service of notices"): service is a legal fact, recorded with its method, date and
 * evidence, and the statement window counts from service, never from issue. Through the API and the portal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class NoticeServiceFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    AppUserDetailsService people;

    ListingCaseFixture cases;

    @BeforeEach
    void fixture() {
        cases = new ListingCaseFixture(mvc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An unserved notice opens no window however long it waits; service by post opens it from the return slip's day. */
    @Test
    void statementWindowCountsFromService() throws Exception {
        long caseId = approved();
        long noticeId = noticeId(caseId);
        assertThat(deadlineKinds(caseId)).as("the service limit runs, no statement window").containsExactly("NOTICE_SERVICE");
        assertThat(cases.taskId("amr", "recordNoticeService", caseId)).as("on the department's task list").isNotNull();

        clock.setTo(clock.now().plus(Duration.ofDays(25)));
        dueJobs.runDue();
        caseStatus(caseId, "NOTICE_PERIOD");
        LocalDate slip = clock.today().minusDays(3);

        serve(noticeId, "POST", slip, "挂号信回执 XA123").andExpect(status().isOk())
                .andExpect(jsonPath("$.serviceMethod").value("POST"));

        assertThat(servedMethod(caseId)).isEqualTo("POST");
        List<String> lastDays = JsonPath.read(caseJson(caseId), "$.deadlines[?(@.kind == 'STATEMENT_WINDOW')].lastDay");
        // 10 working days from the slip's day: at least two weeks after it, so still open 25 days after the issue
        assertThat(LocalDate.parse(lastDays.get(0))).isAfterOrEqualTo(slip.plusDays(14)).isAfter(clock.today());
        assertThat(openTasks(caseId)).as("the 登记送达 task ended with the service").doesNotContain("recordNoticeService");
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        caseStatus(caseId, "AWAITING_PUBLICATION");
    }

    /** Portal service: the subject's first opening of the notice serves it; a staff read does not. */
    @Test
    void subjectOpeningTheNoticeInThePortalServesIt() throws Exception {
        long caseId = approved();
        long noticeId = noticeId(caseId);
        mvc.perform(get("/documents/" + noticeId).with(user(people.loadUserByUsername("amr")))).andExpect(status().isOk());
        assertThat(servedMethod(caseId)).as("a staff read serves nothing").isNull();

        mvc.perform(get("/documents/" + noticeId).with(user(people.loadUserByUsername("ent1")))).andExpect(status().isOk());

        assertThat(servedMethod(caseId)).isEqualTo("PORTAL");
        assertThat(deadlineKinds(caseId)).contains("STATEMENT_WINDOW");
        assertThat(openTasks(caseId)).doesNotContain("recordNoticeService");
    }

    /** A statement filed from the portal shows the subject has the notice: it counts as served then. */
    @Test
    void statementFiledBeforeServiceIsRecordedServiceByThePortal() throws Exception {
        long caseId = approved();

        cases.fileStatement("ent1", caseId, "陈述申辩：已整改到位");

        assertThat(servedMethod(caseId)).isEqualTo("PORTAL");
        assertThat(openTasks(caseId)).contains("verifyStatement").doesNotContain("recordNoticeService");
    }

    /** 公告送达: served once the rule set's 30 days (《民事诉讼法》第九十五条) have passed since publication. */
    @Test
    void publicNoticeIsServedThirtyDaysAfterPublication() throws Exception {
        long caseId = approved();

        serve(noticeId(caseId), "PUBLIC_NOTICE", clock.today(), "县政府门户网站公告栏 第12期").andExpect(status().isOk())
                .andExpect(jsonPath("$.servedAt").value(clock.today().plusDays(30).atStartOfDay(clock.zone())
                        .toInstant().toString()));
    }

    /** The department records service on its task: method, date and evidence as the task's fields. */
    @Test
    void departmentRecordsTheServiceOnItsTask() throws Exception {
        long caseId = approved();
        String taskId = cases.taskId("amr", "recordNoticeService", caseId);

        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"served","serviceMethod":"DIRECT","servedOn":"%s","serviceEvidence":"送达回证，法定代表人签收"}
                                """.formatted(clock.today())))
                .andExpect(status().isNoContent());

        assertThat(servedMethod(caseId)).isEqualTo("DIRECT");
        assertThat(deadlineKinds(caseId)).contains("STATEMENT_WINDOW");
    }

    /** Each wrong recording is a 400/403/409 naming the problem; nothing is recorded and the task stays open. */
    @Test
    void wrongRecordingsAreRefusedAndTheFirstServiceCounts() throws Exception {
        long caseId = approved();
        long noticeId = noticeId(caseId);

        serve(noticeId, "POST", clock.today().plusDays(1), "回执").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("送达日期")));
        serve(noticeId, "POST", clock.today().minusDays(1), "回执").andExpect(status().isBadRequest());
        serve(noticeId, "PORTAL", clock.today(), "回执").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("自动登记")));
        serve(noticeId, "CARRIER_PIGEON", clock.today(), "回执").andExpect(status().isBadRequest());
        serve(noticeId, "POST", clock.today(), " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("送达凭证")));
        mvc.perform(post("/api/v1/documents/" + noticeId + "/service").with(httpBasic("tax", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\":\"POST\",\"servedAt\":\"" + clock.today() + "\",\"evidence\":\"回执\"}"))
                .andExpect(status().isForbidden());
        assertThat(servedMethod(caseId)).isNull();
        assertThat(openTasks(caseId)).contains("recordNoticeService");

        serve(noticeId, "POST", clock.today(), "回执").andExpect(status().isOk());
        serve(noticeId, "DIRECT", clock.today(), "签收单").andExpect(status().isConflict());
        assertThat(servedMethod(caseId)).isEqualTo("POST");
    }

    private long approved() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        return caseId;
    }

    private ResultActions serve(long documentId, String method, LocalDate on, String evidence) throws Exception {
        return mvc.perform(post("/api/v1/documents/" + documentId + "/service").with(httpBasic("amr", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\":\"" + method + "\",\"servedAt\":\"" + on + "\",\"evidence\":\"" + evidence + "\"}"));
    }

    private String caseJson(long caseId) throws Exception {
        return mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long noticeId(long caseId) throws Exception {
        List<Integer> ids = JsonPath.read(caseJson(caseId), "$.documents[?(@.kind == 'LISTING_NOTICE')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private String servedMethod(long caseId) throws Exception {
        List<String> methods = JsonPath.read(caseJson(caseId), "$.documents[?(@.kind == 'LISTING_NOTICE')].serviceMethod");
        return methods.isEmpty() ? null : methods.get(0);
    }

    private List<String> deadlineKinds(long caseId) throws Exception {
        return JsonPath.read(caseJson(caseId), "$.deadlines[?(@.status == 'OPEN')].kind");
    }

    private void caseStatus(long caseId, String expected) throws Exception {
        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value(expected));
    }

    private List<String> openTasks(long caseId) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("size", "200").with(httpBasic("amr", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$[?(@.caseId == '" + caseId + "')].taskKey");
    }
}
