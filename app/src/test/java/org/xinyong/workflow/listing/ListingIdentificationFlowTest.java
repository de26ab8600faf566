package org.xinyong.workflow.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.support.NoticeServiceSteps;

import com.jayway.jsonpath.JsonPath;

/**
 * Lifecycle A through the REST API on the real application: real delegates, deadlines, documents and audit, with
 * the business clock moved past the statement window.
 */
// its own application context, hence its own in-memory database: the demo subjects start with no records
@SpringBootTest(properties = "xinyong.test.isolated-context=ListingIdentificationFlowTest")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ListingIdentificationFlowTest {

    static final String ENT1 = "91230400MA19XY0035";

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    PortalInbox inbox;
    @Autowired
    org.xinyong.workflow.watchlist.WatchListExpiry watchListExpiry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void findingIsNoticedDecidedAndPublishedAndOnlyThenSanctioned() throws Exception {
        long caseId = recordFinding(ENT1);
        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.severity").value("SERIOUS"))
                .andExpect(jsonPath("$.history[*].action", hasItem("CASE_RECORDED")));

        completeTask("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(mvc, caseId);

        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("NOTICE_PERIOD"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'STATEMENT_WINDOW')].status", hasItem("OPEN")))
                .andExpect(jsonPath("$.documents[0].kind").value("LISTING_NOTICE"));
        assertThat(inbox.of(ENT1)).anyMatch(message -> message.caseId().equals(String.valueOf(caseId))
                && message.title().equals("失信告知书"));
        assertSanctions(ENT1, false);

        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();

        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("credit", "demo")))
                .andExpect(jsonPath("$.status").value("AWAITING_PUBLICATION"));
        assertSanctions(ENT1, false);

        completeTask("credit", "publishListing", caseId, "publish");

        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("LISTED"))
                .andExpect(jsonPath("$.listingId").isNumber());
        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.listed").value(true))
                .andExpect(jsonPath("$.suspended").value(false))
                .andExpect(jsonPath("$.measures", hasItem("M-PROCUREMENT-BAN")));
        mvc.perform(get("/api/v1/public/listings").param("q", ENT1))
                .andExpect(jsonPath("$[*].subjectCode", hasItem(ENT1)));
        mvc.perform(get("/api/v1/listings").with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$[0].subjectCode").value(ENT1))
                .andExpect(jsonPath("$[0].status").value("ACTIVE"));
        mvc.perform(get("/api/v1/listings").with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void statementInTheWindowIsVerifiedAndCanDropTheCase() throws Exception {
        String ent2 = "91410526MA3X00004Y";
        long caseId = recordFinding(ent2);
        completeTask("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(mvc, caseId);

        mvc.perform(post("/api/v1/listing-cases/" + caseId + "/statements").with(httpBasic("ent1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"STATEMENT\",\"text\":\"不是我\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/listing-cases/" + caseId + "/statements").with(httpBasic("ent2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"OBJECTION\",\"text\":\"处罚决定已被复议撤销\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("STATEMENT_VERIFICATION"));

        completeTask("amr", "verifyStatement", caseId, "drop");

        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("NOT_LISTED"))
                .andExpect(jsonPath("$.closeReason").value("DROPPED_AFTER_STATEMENT"));
        assertThat(inbox.of(ent2)).anyMatch(message -> message.title().startsWith("不予列入"));
        mvc.perform(post("/api/v1/listing-cases/" + caseId + "/statements").with(httpBasic("ent2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"STATEMENT\",\"text\":\"再补充\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"));
    }

    @Test
    void recordingRefusesWhatTheLawDoesNotAllow() throws Exception {
        mvc.perform(recordRequest(body(ENT1, "NOTICE_OF_INVESTIGATION", "MARKET_ORDER", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("发生法律效力")));
        mvc.perform(recordRequest(body(ENT1, "ADMINISTRATIVE_PENALTY", "TAX_ARREARS", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("四个领域")));
        mvc.perform(recordRequest(body(ENT1, "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", ",\"summaryProcedure\":true")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("简易程序")));
        mvc.perform(recordRequest(body(ENT1, "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", ",\"firstMinorCorrected\":true")))
                .andExpect(status().isBadRequest());
        mvc.perform(recordRequest(body("91230400MA19XY0036", "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        // issue 18.4: a NUL character cannot be stored; it is refused, not a 500
        mvc.perform(recordRequest(body(ENT1, "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", "")
                        .replace("\"facts\":\"串通投标\"", "\"facts\":\"串通\\u0000投标\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        // issue 18.6: a number is not a date, nor is 30 February; a date before any basis document is refused
        for (String date : new String[] {"12345", "\"2026-02-30\"", "\"0000-01-01\"", "\"-999999999-01-01\""}) {
            mvc.perform(recordRequest(body(ENT1, "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", "")
                            .replace("\"basisDate\":\"2026-01-05\"", "\"basisDate\":" + date)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"));
        }
        mvc.perform(recordRequest(body(ENT1, "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", ""))
                        .header("Accept-Language", "en"))
                .andExpect(status().isCreated());
    }

    /**
     * seed001 §四6-7, §四10; seed003 §二(四)1-2: a finding assessed minor or general is never a serious listing. After
     * the head's approval the subject gets a credit reminder, the case ends GRADED, and no sanction applies.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"MINOR", "GENERAL"})
    void minorAndGeneralFindingsAreHandledBelowTheSeriousList(String severity) throws Exception {
        String subject = TestSubjects.enterpriseCode();
        long caseId = recordFinding(subject, severity);

        completeTask("amr-head", "reviewByHead", caseId, "approve");

        boolean minor = severity.equals("MINOR");
        // seed003 §二(四)1: a minor record stays open while the department follows the reminder up
        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value(minor ? "FOLLOW_UP" : "GRADED"))
                .andExpect(jsonPath("$.severity").value(severity))
                .andExpect(jsonPath("$.listingId").doesNotExist());
        assertSanctions(subject, false);
        assertThat(inbox.of(subject)).anyMatch(message -> message.title().startsWith("信用提醒函"));
        assertThat(inbox.of(subject)).noneMatch(message -> message.title().contains("告知书"));
        // seed003 §二(四)2: a general record puts the subject on the watch list with its measures; a minor one does not
        boolean general = severity.equals("GENERAL");
        mvc.perform(get("/api/v1/sanctions/" + subject).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.listed").value(false))
                .andExpect(jsonPath("$.watchList").value(general));
        mvc.perform(get("/api/v1/watch-list").param("subjectCode", subject).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(general ? 1 : 0)));
        if (general) {
            mvc.perform(get("/api/v1/watch-list").param("subjectCode", subject).with(httpBasic("amr", "demo")))
                    .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                    .andExpect(jsonPath("$[0].recordId").value((int) caseId))
                    .andExpect(jsonPath("$[0].measures", hasItem("M-KEY-SUPERVISION")))
                    .andExpect(jsonPath("$[0].measures", hasItem("M-PROCUREMENT-BAN")));
            mvc.perform(get("/api/v1/events").param("limit", "1000").with(httpBasic("checker", "demo")))
                    .andExpect(jsonPath("$.events[?(@.type == 'watchlist.entered' && @.subject == '" + subject + "')]",
                            hasSize(1)));
            mvc.perform(get("/api/v1/watch-list").param("subjectCode", subject).with(httpBasic("ent1", "demo")))
                    .andExpect(status().isForbidden());
            // the entry expires by date: the rule set's watchListPeriod (1 year)
            clock.setTo(clock.now().plus(Duration.ofDays(367)));
            mvc.perform(get("/api/v1/watch-list").param("subjectCode", subject).with(httpBasic("amr", "demo")))
                    .andExpect(jsonPath("$[0].status").value("EXPIRED"));
            mvc.perform(get("/api/v1/sanctions/" + subject).with(httpBasic("checker", "demo")))
                    .andExpect(jsonPath("$.watchList").value(false));
            // watchListEntryExpires: the timer announces the end to the platforms, once however often it runs
            assertThat(watchListExpiry.announceEnded()).isPositive();
            watchListExpiry.announceEnded();
            mvc.perform(get("/api/v1/events").param("limit", "1000").with(httpBasic("checker", "demo")))
                    .andExpect(jsonPath("$.events[?(@.type == 'watchlist.exited' && @.subject == '" + subject + "')]",
                            hasSize(1)));
        }
    }

    /**
     * seed003 §二(一)2 "一年内有3次(含)以上轻微失信行为": the third identified minor record within a year is general;
     * findings still under the head's review are no records and do not count.
     */
    @Test
    void thirdMinorWithinYearIsGeneral() throws Exception {
        String subject = TestSubjects.enterpriseCode();
        long first = recordFinding(subject, "MINOR");
        long second = recordFinding(subject, "MINOR");
        long unreviewedThird = recordFinding(subject, "MINOR");
        mvc.perform(get("/api/v1/listing-cases/" + unreviewedThird).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.severity").value("MINOR"));

        completeTask("amr-head", "reviewByHead", first, "approve");
        completeTask("amr-head", "reviewByHead", second, "approve");
        long third = recordFinding(subject, "MINOR");

        mvc.perform(get("/api/v1/listing-cases/" + third).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.severity").value("GENERAL"));
    }

    /**
     * API.md {@code POST /listing-cases}: a finding assessed minor or general answers with the record's body, whose
     * handling is not LISTING, and no listing ever arises from it.
     */
    @Test
    void minorFindingPostedAsListingCaseAnswersAsRecord() throws Exception {
        String subject = TestSubjects.enterpriseCode();
        mvc.perform(recordRequest(body(subject, "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", "")
                        .replace("\"severity\":\"SERIOUS\"", "\"severity\":\"MINOR\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.handling").value("PENDING_REVIEW"))
                .andExpect(jsonPath("$.severity").value("MINOR"))
                .andExpect(jsonPath("$.assessedSeverity").doesNotExist())
                .andExpect(jsonPath("$.caseType").value("LISTING"));
    }

    /**
     * seed003 §二(四)1 from the reminder to the raise, through the API with the real delegates: the department holds
     * an integrity interview, the subject does not attend, is urged, still does not comply, and the record becomes
     * general: on the watch list, never listed, no joint sanction. Bad input on the way is a 400 that loses nothing.
     */
    @Test
    void ignoredInterviewAfterUrgingRaisesMinorRecordToGeneral() throws Exception {
        String subject = TestSubjects.enterpriseCode();
        String created = mvc.perform(post("/api/v1/records").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(subject, "ADMINISTRATIVE_PENALTY",
                                "MARKET_ORDER", "").replace("\"severity\":\"SERIOUS\"", "\"severity\":\"MINOR\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.handling").value("PENDING_REVIEW"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();

        completeTask("amr-head", "reviewByHead", id, "approve");
        mvc.perform(get("/api/v1/records/" + id).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.handling").value("REMINDER"))
                .andExpect(jsonPath("$.assessedSeverity").value("MINOR"))
                .andExpect(jsonPath("$.status").value("FOLLOW_UP"))
                .andExpect(jsonPath("$.assessment", containsString("severity MINOR")));
        assertThat(inbox.of(subject)).anyMatch(message -> message.title().startsWith("信用提醒函"));
        // the reminder's service, recorded in the department's task: the rectification check counts from it
        mvc.perform(post("/api/v1/tasks/" + taskId("amr", "recordReminderService", id) + "/complete")
                        .with(httpBasic("amr", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"served","serviceMethod":"DIRECT","servedOn":"%s",
                                 "serviceEvidence":"法定代表人签收的送达回证"}""".formatted(clock.today())))
                .andExpect(status().isNoContent());

        completeTask("amr", "checkRectification", id, "proceed");
        String schedule = taskId("amr", "scheduleInterview", id);
        mvc.perform(post("/api/v1/tasks/" + schedule + "/complete").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"proceed","interviewOn":"2020-01-01","interviewPlace":"县市场监管局301室",
                                 "interviewee":"法定代表人 张三"}"""))
                .andExpect(status().isBadRequest());
        String day = clock.today().plusDays(3).toString();
        mvc.perform(post("/api/v1/tasks/" + taskId("amr", "scheduleInterview", id) + "/complete")
                        .with(httpBasic("amr", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"proceed","interviewOn":"%s","interviewPlace":"县市场监管局301室",
                                 "interviewee":"法定代表人 张三"}""".formatted(day)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/records/" + id).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.handling").value("INTERVIEW"));
        assertThat(inbox.of(subject)).anyMatch(message -> message.title().startsWith("诚信约谈通知书"));

        // a subject never served the interview notice cannot have failed to attend: 409, the task stays
        mvc.perform(post("/api/v1/tasks/" + taskId("amr", "holdInterview", id) + "/complete")
                        .with(httpBasic("amr", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"refuse\",\"comment\":\"未到场\"}"))
                .andExpect(status().isConflict());
        org.xinyong.workflow.support.FollowUpSteps.servedByPost(mvc, id, "INTERVIEW_NOTICE");
        completeTask("amr", "holdInterview", id, "refuse");
        assertThat(inbox.of(subject)).anyMatch(message -> message.title().startsWith("督促整改通知书"));
        org.xinyong.workflow.support.FollowUpSteps.servedByPost(mvc, id, "URGING_NOTICE");
        completeTask("amr", "checkAfterUrging", id, "fail");

        mvc.perform(get("/api/v1/records/" + id).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.handling").value("WATCH_LIST"))
                .andExpect(jsonPath("$.assessedSeverity").value("GENERAL"))
                .andExpect(jsonPath("$.severity").value("MINOR"))
                .andExpect(jsonPath("$.status").value("GRADED"))
                .andExpect(jsonPath("$.closeReason").value("RAISED_TO_GENERAL"));
        mvc.perform(get("/api/v1/listing-cases/" + id).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.listingId").doesNotExist())
                .andExpect(jsonPath("$.corrections[0].previousSeverity").value("MINOR"))
                // the raise is the escalation table's answer on the real outcome, audited with its inputs
                .andExpect(jsonPath("$.history[*].detail", hasItem(containsString("ignored credit reminder true"))));
        mvc.perform(get("/api/v1/sanctions/" + subject).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.listed").value(false))
                .andExpect(jsonPath("$.watchList").value(true));
        assertThat(inbox.of(subject)).anyMatch(message -> message.title().startsWith("失信行为上升为较重失信行为告知书"));
        // the subject sees its own records, not another's
        mvc.perform(get("/api/v1/records").param("subjectCode", subject).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$[0].handling").value("WATCH_LIST"));
        mvc.perform(get("/api/v1/records/" + id).with(httpBasic("ent1", "demo")))
                .andExpect(status().isNotFound());
    }

    /** The interview held and minuted, the promised rectification carried out: the follow-up ends, nothing is raised. */
    @Test
    void interviewHeldAndRectifiedClosesTheRecord() throws Exception {
        String subject = TestSubjects.enterpriseCode();
        long id = recordFinding(subject, "MINOR");
        completeTask("amr-head", "reviewByHead", id, "approve");
        org.xinyong.workflow.support.FollowUpSteps.servedByPost(mvc, id, "CREDIT_REMINDER");
        completeTask("amr", "checkRectification", id, "proceed");
        mvc.perform(post("/api/v1/tasks/" + taskId("amr", "scheduleInterview", id) + "/complete")
                        .with(httpBasic("amr", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"proceed","interviewOn":"%s","interviewPlace":"县市场监管局301室",
                                 "interviewee":"法定代表人 张三"}""".formatted(clock.today())))
                .andExpect(status().isNoContent());
        String hold = taskId("amr", "holdInterview", id);
        mvc.perform(post("/api/v1/tasks/" + hold + "/complete").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"pass\",\"attendees\":\"张三\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/tasks/" + taskId("amr", "holdInterview", id) + "/complete")
                        .with(httpBasic("amr", "demo")).contentType(MediaType.APPLICATION_JSON).content("""
                                {"outcome":"pass","attendees":"张三（法定代表人）、李四（执法人员）",
                                 "rectificationPromised":"十日内下架违规商品并公开致歉","minutes":"宣讲了相关法律法规，企业承诺整改。"}"""))
                .andExpect(status().isNoContent());
        assertThat(inbox.of(subject)).anyMatch(message -> message.title().startsWith("诚信约谈记录"));
        completeTask("amr", "checkRectification", id, "pass");

        mvc.perform(get("/api/v1/records/" + id).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.handling").value("INTERVIEW"))
                .andExpect(jsonPath("$.assessedSeverity").value("MINOR"))
                .andExpect(jsonPath("$.closeReason").value("RECTIFIED"));
        mvc.perform(get("/api/v1/sanctions/" + subject).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.watchList").value(false));
    }

    /** Issue 18.4: a page far beyond the results is a 400 in the JSON error format, not a 500. */
    @Test
    void hugePageIsA400NotA500() throws Exception {
        for (String path : new String[] {"/api/v1/listing-cases", "/api/v1/tasks", "/api/v1/listings"}) {
            mvc.perform(get(path).param("page", String.valueOf(Integer.MAX_VALUE)).with(httpBasic("amr", "demo")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"));
        }
    }

    @Test
    void anotherDepartmentNeitherSeesTheCaseNorItsTasks() throws Exception {
        long caseId = recordFinding(ENT1);
        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("tax", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tasks").with(httpBasic("tax-head", "demo")))
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')]", hasSize(0)));
    }

    @Test
    void completingAFinishedTaskIsAConflictAndAWrongOutcomeIsRefused() throws Exception {
        long caseId = recordFinding(ENT1);
        String taskId = taskId("amr-head", "reviewByHead", caseId);
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic("amr-head", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"publish\"}"))
                .andExpect(status().isBadRequest());
        completeTask("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(mvc, caseId);
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic("amr-head", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"approve\"}"))
                .andExpect(status().isConflict());
    }

    private long recordFinding(String subjectCode, String severity) throws Exception {
        String json = mvc.perform(recordRequest(body(subjectCode, "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", "")
                        .replace("\"severity\":\"SERIOUS\"", "\"severity\":\"" + severity + "\"")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private long recordFinding(String subjectCode) throws Exception {
        String json = mvc.perform(recordRequest(body(subjectCode, "ADMINISTRATIVE_PENALTY", "MARKET_ORDER", "")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder recordRequest(String body) {
        return post("/api/v1/listing-cases").with(httpBasic("amr", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String body(String subjectCode, String basisType, String domain, String extra) {
        return """
                {"subjectType":"ENTERPRISE","subjectCode":"%s","subjectName":"示例企业","basisType":"%s",
                 "basisNumber":"鹤市监罚〔2026〕15号","basisDate":"2026-01-05","domain":"%s","severity":"SERIOUS",
                 "facts":"串通投标","measures":["M-PROCUREMENT-BAN"]%s}
                """.formatted(subjectCode, basisType, domain, extra);
    }

    private String taskId(String user, String taskKey, long caseId) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<String> ids = JsonPath.read(json,
                "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).as("task %s of case %s for %s", taskKey, caseId, user).hasSize(1);
        return ids.get(0);
    }

    private void completeTask(String user, String taskKey, long caseId, String outcome) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskId(user, taskKey, caseId) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\",\"comment\":\"理由：" + outcome + "\"}"))
                .andExpect(status().isNoContent());
    }

    private void assertSanctions(String subjectCode, boolean listed) throws Exception {
        mvc.perform(get("/api/v1/sanctions/" + subjectCode).with(httpBasic("checker", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.listed").value(listed));
    }
}
