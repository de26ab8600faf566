package org.xinyong.workflow.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.deadline.ProcessDeadlines;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.rules.DurationUnit;
import org.xinyong.workflow.rules.LegalDuration;
import org.xinyong.workflow.rules.RuleSet;
import org.xinyong.workflow.rules.RuleSets;
import org.xinyong.workflow.support.NoticeServiceSteps;

import com.jayway.jsonpath.JsonPath;

/** Lifecycle B through the REST API on the real application, with the business clock moved. */
// its own application context, hence its own in-memory database: the demo subjects start with no records
@SpringBootTest(properties = "xinyong.test.isolated-context=ObjectionFlowTest")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ObjectionFlowTest {

    static final String ENT1 = "91230400MA19XY0035";
    /** Rule set objectionReminderLead (seeds' set): 5 calendar days before the verification deadline. */
    static final int REMINDER_LEAD_DAYS = 5;
    static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    PortalInbox inbox;
    @Autowired
    ObjectionRepository objectionRepository;
    @Autowired
    ListingRepository listings;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessDeadlines processDeadlines;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    org.xinyong.workflow.calendar.WorkingDayCalendar workingDays;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void objectionSuspendsSanctionsUntilVerifiedAndRevocationRemovesTheListing() throws Exception {
        long listingId = publishedListing();

        String filed = mvc.perform(multipart("/api/v1/listings/" + listingId + "/objections")
                        .file(new MockMultipartFile("files", "penalty-revoked.pdf", "application/pdf", PDF))
                        .param("grounds", "行政处罚决定已被复议机关撤销").with(httpBasic("ent1", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.verificationDueAt").isNotEmpty())
                .andExpect(jsonPath("$.files[0].contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        long objectionId = ((Number) JsonPath.read(filed, "$.id")).longValue();
        String firstDue = JsonPath.read(filed, "$.verificationDueAt");

        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.listed").value(true))
                .andExpect(jsonPath("$.listings[?(@.listingId == " + listingId + ")].status", hasItem("SUSPENDED")));
        mvc.perform(get("/api/v1/public/listings").param("q", ENT1))
                .andExpect(jsonPath("$[?(@.listingId == " + listingId + ")].underObjection", hasItem(true)));

        completeTask("amr", "acceptObjection", objectionId, "accept", "");
        mvc.perform(post("/api/v1/objections/" + objectionId + "/evidence-requests").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"请提供复议决定书原件扫描件\",\"respondBy\":\""
                                + clock.today().plusDays(10) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_EVIDENCE"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'OBJECTION_VERIFICATION')].paused", hasItem(true)));

        clock.setTo(clock.now().plus(Duration.ofDays(4)));
        String supplemented = mvc.perform(multipart("/api/v1/objections/" + objectionId + "/evidence")
                        .file(new MockMultipartFile("files", "decision.pdf", "application/pdf", PDF))
                        .param("note", "已补充").with(httpBasic("ent1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFYING"))
                .andReturn().getResponse().getContentAsString();
        Instant newDue = Instant.parse(JsonPath.read(supplemented, "$.verificationDueAt"));
        java.time.LocalDate received = Instant.parse(JsonPath.read(filed, "$.receivedAt")).atZone(clock.zone())
                .toLocalDate();
        java.time.LocalDate lastDay = java.time.LocalDate.parse(JsonPath.read(supplemented, "$.verificationLastDay"));
        assertThat(newDue).isAfter(Instant.parse(firstDue));
        assertThat(lastDay).as("20 days of receipt plus the 4 days waiting for evidence, which do not count")
                .isAfterOrEqualTo(received.plusDays(24));

        completeTask("amr", "verifyObjection", objectionId, "revoke", "处罚决定已被撤销，认定依据不复存在");

        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.documents[0].kind").value("OBJECTION_REPLY"));
        mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("REVOKED"));
        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.listings[*].listingId", not(hasItem((int) listingId))));
        mvc.perform(get("/api/v1/public/listings").param("q", ENT1))
                .andExpect(jsonPath("$[*].listingId", not(hasItem((int) listingId))));
        assertThat(inbox.of(ENT1)).anyMatch(message -> message.title().equals("异议申请处理答复书"));
        mvc.perform(post("/api/v1/listings/" + listingId + "/objections").with(httpBasic("ent1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grounds\":\"再次异议\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void upheldObjectionResumesTheSanctions() throws Exception {
        long listingId = publishedListing();
        long objectionId = fileJson(listingId, "credit");

        completeTask("amr", "acceptObjection", objectionId, "accept", "");
        completeTask("amr", "verifyObjection", objectionId, "uphold", "认定事实清楚");

        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("credit", "demo")))
                .andExpect(jsonPath("$.listings[?(@.listingId == " + listingId + ")].status", hasItem("ACTIVE")))
                .andExpect(jsonPath("$.measures", hasItem("M-PROCUREMENT-BAN")));
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("credit", "demo")))
                .andExpect(jsonPath("$.applicantKind").value("CREDIT_OFFICE"))
                .andExpect(jsonPath("$.status").value("UPHELD"));
    }

    @Test
    void overdueVerificationIsMarkedAndEscalated() throws Exception {
        long listingId = publishedListing();
        long objectionId = fileJson(listingId, "ent1");
        completeTask("amr", "acceptObjection", objectionId, "accept", "");

        clock.setTo(clock.now().plus(Duration.ofDays(25)));
        dueJobs.runDue();

        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.status").value("VERIFYING"));
        assertThat(taskIds("credit", "superviseOverdueObjection", objectionId)).hasSize(1);
        completeTask("amr", "verifyObjection", objectionId, "uphold", "迟延核实完毕");
        assertThat(taskIds("credit", "superviseOverdueObjection", objectionId)).isEmpty();
    }

    @Test
    void uploadsAreCheckedByContentAndNothingIsKeptWhenOneIsRefused() throws Exception {
        long listingId = publishedListing();

        mvc.perform(multipart("/api/v1/listings/" + listingId + "/objections")
                        .file(new MockMultipartFile("files", "fake.pdf", "application/pdf",
                                "MZ this is not a pdf".getBytes(StandardCharsets.US_ASCII)))
                        .param("grounds", "理由").with(httpBasic("ent1", "demo")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("unsupported_media_type"));
        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.listings[?(@.listingId == " + listingId + ")].status", hasItem("ACTIVE")));
        mvc.perform(post("/api/v1/listings/" + listingId + "/objections").with(httpBasic("ent2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grounds\":\"不是我的\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusedObjectionStatesItsReasonAndResumesSanctions() throws Exception {
        long listingId = publishedListing();
        long objectionId = fileJson(listingId, "ent1");

        completeTask("amr", "acceptObjection", objectionId, "refuse", "异议理由与名单信息无关");

        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.outcomeReason").value("异议理由与名单信息无关"))
                .andExpect(jsonPath("$.documents[0].kind").value("OBJECTION_REFUSAL"));
        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("checker", "demo")))
                .andExpect(jsonPath("$.listings[?(@.listingId == " + listingId + ")].status", hasItem("ACTIVE")));
    }

    @Test
    void objectionFiledAfterTheListingExpiredIsAConflict() throws Exception {
        long listingId = publishedListing();
        clock.setTo(clock.now().plus(Duration.ofDays(3 * 366 + 2)));
        dueJobs.runDue();
        mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("REMOVED"));

        mvc.perform(post("/api/v1/listings/" + listingId + "/objections").with(httpBasic("ent1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grounds\":\"已过期\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"));
    }

    @Test
    void listingThatExpiresWhileUnderObjectionEndsCleanlyAndTheObjectionStillGetsAnAnswer() throws Exception {
        long listingId = publishedListing();
        long objectionId = fileJson(listingId, "ent1");
        completeTask("amr", "acceptObjection", objectionId, "accept", "");
        clock.setTo(clock.now().plus(Duration.ofDays(3 * 366 + 2)));
        dueJobs.runDue();
        mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("REMOVED"));

        completeTask("amr", "verifyObjection", objectionId, "uphold", "名单已期满移出");

        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("UPHELD"))
                .andExpect(jsonPath("$.documents[0].kind").value("OBJECTION_REPLY"));
        mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("REMOVED"));
    }

    /** seed000 §五(五) 20 days: one pause per objection (xinyong.objection.evidence-requests-per-objection). */
    @Test
    void secondEvidencePauseRefused() throws Exception {
        long objectionId = acceptedObjection();
        requestEvidence(objectionId, clock.today().plusDays(3)).andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/objections/" + objectionId + "/evidence")
                        .file(new MockMultipartFile("files", "decision.pdf", "application/pdf", PDF))
                        .with(httpBasic("ent1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFYING"));

        requestEvidence(objectionId, clock.today().plusDays(3))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("已暂停过核实期限 1 次")));
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("VERIFYING"));
    }

    /** The reply date is at most 10 working days ahead (xinyong.objection.evidence-reply-max-working-days). */
    @Test
    void evidenceReplyDateBeyondTenWorkingDaysRefused() throws Exception {
        long objectionId = acceptedObjection();
        java.time.LocalDate latest = workingDays.plusWorkingDays(clock.today(), 10);

        requestEvidence(objectionId, latest.plusDays(1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(latest.toString())));
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("VERIFYING"));
        requestEvidence(objectionId, latest).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_EVIDENCE"));
    }

    /**
     * Issue 13 item 1 (seed000 §五(五) "对错误信息进行及时更正", seed004 §三(三)7): "correct" changes the record's facts
     * and measures, the listing and its sanctions follow the corrected record, the previous values are kept, and a
     * correction decision is served on the subject.
     */
    @Test
    void correctionChangesSeverityMeasuresAndPublicEntry() throws Exception {
        long listingId = publishedListing();
        long objectionId = fileJson(listingId, "ent1");
        completeTask("amr", "acceptObjection", objectionId, "accept", "");

        complete("amr", "verifyObjection", objectionId, """
                {"outcome":"correct","comment":"处罚决定书载明的违法事实为虚假宣传，原记录有误",
                 "correction":{"facts":"虚假宣传","measures":["M-BID-DISQUALIFY"]}}""").andExpect(status().isNoContent());

        long caseId = listings.find(listingId).orElseThrow().caseId();
        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.facts").value("虚假宣传"))
                .andExpect(jsonPath("$.measures", org.hamcrest.Matchers.contains("M-BID-DISQUALIFY")));
        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("credit", "demo")))
                .andExpect(jsonPath("$.listings[?(@.listingId == " + listingId + ")].status", hasItem("ACTIVE")))
                .andExpect(jsonPath("$.measures", hasItem("M-BID-DISQUALIFY")));
        assertThat(jdbc.queryForList("select previous_facts, previous_measures, facts, measures from listing_correction "
                + "where case_id = ?", caseId)).singleElement().satisfies(row -> {
                    assertThat(row.get("previous_facts")).isEqualTo("串通投标");
                    assertThat(row.get("previous_measures")).isEqualTo("M-PROCUREMENT-BAN");
                    assertThat(row.get("measures")).isEqualTo("M-BID-DISQUALIFY");
                });
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("CORRECTED"))
                .andExpect(jsonPath("$.documents[*].kind", hasItem("LISTING_CORRECTION")));
        assertThat(countRows("select count(*) from case_document where case_type = 'OBJECTION' and case_id = '" + objectionId
                + "' and kind = 'LISTING_CORRECTION' and html like '%串通投标%' and html like '%虚假宣传%' "
                + "and html like '%恢复名誉%'")).as("old and new facts side by side, reputation restored").isEqualTo(1);
    }

    /** A correction to a general grade takes the record off the serious list: the listing is revoked. */
    @Test
    void correctionBelowSeriousRevokesTheListing() throws Exception {
        long listingId = publishedListing();
        long objectionId = fileJson(listingId, "ent1");
        completeTask("amr", "acceptObjection", objectionId, "accept", "");

        complete("amr", "verifyObjection", objectionId, """
                {"outcome":"correct","comment":"违法情节较轻，应为一般失信","correction":{"severity":"GENERAL"}}""")
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent1", "demo")))
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.severity").value("GENERAL"));
        mvc.perform(get("/api/v1/sanctions/" + ENT1).with(httpBasic("credit", "demo")))
                .andExpect(jsonPath("$.listings[?(@.listingId == " + listingId + ")]").isEmpty());
    }

    /** A correction must change something, and only to measures a department may impose; the task stays open. */
    @Test
    void correctionThatChangesNothingOrAttachesACourtOnlyMeasureIsRefused() throws Exception {
        long objectionId = acceptedObjection();

        complete("amr", "verifyObjection", objectionId, """
                {"outcome":"correct","comment":"更正","correction":{"facts":"串通投标"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("至少更改")));
        complete("amr", "verifyObjection", objectionId, """
                {"outcome":"correct","comment":"更正","correction":{"severity":"TERRIBLE"}}""")
                .andExpect(status().isBadRequest());
        complete("amr", "verifyObjection", objectionId, """
                {"outcome":"correct","comment":"更正","correctionMeasures":"M-NO-SUCH"}""")
                .andExpect(status().isBadRequest());

        assertThat(taskIds("amr", "verifyObjection", objectionId)).as("nothing was decided").hasSize(1);
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("VERIFYING"));
    }

    private org.springframework.test.web.servlet.ResultActions complete(String user, String taskKey, long objectionId,
                                                                     String body) throws Exception {
        List<String> ids = taskIds(user, taskKey, objectionId);
        assertThat(ids).as("%s of objection %s for %s", taskKey, objectionId, user).hasSize(1);
        return mvc.perform(post("/api/v1/tasks/" + ids.get(0) + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** An objection of ent1 against a fresh published listing, accepted: under verification. */
    private long acceptedObjection() throws Exception {
        long objectionId = fileJson(publishedListing(), "ent1");
        completeTask("amr", "acceptObjection", objectionId, "accept", "");
        return objectionId;
    }

    private org.springframework.test.web.servlet.ResultActions requestEvidence(long objectionId,
                                                                             java.time.LocalDate respondBy)
            throws Exception {
        return mvc.perform(post("/api/v1/objections/" + objectionId + "/evidence-requests")
                .with(httpBasic("amr", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\":\"请提供复议决定书\",\"respondBy\":\"" + respondBy + "\"}"));
    }

    @Test
    void evidencePauseParksTheVerificationTimersAndResumingMovesThemToTheRecomputedDueDate() throws Exception {
        long listingId = publishedListing();
        long objectionId = fileJson(listingId, "ent1");
        completeTask("amr", "acceptObjection", objectionId, "accept", "");
        String processInstanceId = objectionRepository.find(objectionId).orElseThrow().processInstanceId();
        Instant firstDue = verificationDueAt(objectionId);
        assertThat(timerDue(processInstanceId, "Event_overdue")).isEqualTo(firstDue);
        assertThat(timerDue(processInstanceId, "Event_reminder")).as("rule set objectionReminderLead: 5 days")
                .isEqualTo(firstDue.minus(Duration.ofDays(REMINDER_LEAD_DAYS)));

        mvc.perform(post("/api/v1/objections/" + objectionId + "/evidence-requests").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"请提供复议决定书\",\"respondBy\":\"" + clock.today().plusDays(10) + "\"}"))
                .andExpect(status().isOk());
        Instant farAway = Instant.parse("9000-01-01T00:00:00Z");
        assertThat(timerDue(processInstanceId, "Event_overdue")).as("held while the clock is paused").isAfter(farAway);
        assertThat(timerDue(processInstanceId, "Event_reminder")).isAfter(farAway);
        assertThat(managementService.createJobQuery().processInstanceId(processInstanceId).suspended().count())
                .as("the timers are moved, never the process suspended").isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).active().count())
                .isEqualTo(1);

        clock.setTo(clock.now().plus(Duration.ofDays(4)));
        mvc.perform(multipart("/api/v1/objections/" + objectionId + "/evidence")
                        .file(new MockMultipartFile("files", "decision.pdf", "application/pdf", PDF))
                        .with(httpBasic("ent1", "demo")))
                .andExpect(status().isOk());
        Instant newDue = verificationDueAt(objectionId);
        assertThat(newDue).as("the 4 days waiting for evidence do not count")
                .isAfterOrEqualTo(firstDue.plus(Duration.ofDays(4)));
        assertThat(timerDue(processInstanceId, "Event_overdue")).as("recomputed due date").isEqualTo(newDue);
        assertThat(timerDue(processInstanceId, "Event_reminder"))
                .isEqualTo(newDue.minus(Duration.ofDays(REMINDER_LEAD_DAYS)));

        clock.setTo(firstDue.plus(Duration.ofHours(1)));
        dueJobs.runDue();
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.overdue").value(false));
        assertThat(taskIds("credit", "superviseOverdueObjection", objectionId)).isEmpty();

        clock.setTo(newDue.plus(Duration.ofHours(1)));
        dueJobs.runDue();
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.overdue").value(true));
        assertThat(taskIds("credit", "superviseOverdueObjection", objectionId)).hasSize(1);
    }

    /**
     * DOMAIN "Rules": the rule set decides whether the 20 days are calendar or working days. Received on Monday 28
     * September 2026, before the National Day holidays (1-7 October, make-up working Saturday 10 October): 20 calendar
     * days end on Sunday 18 October, a rest day, so the limit runs to Monday 19 October (民法典 第二百零三条); 20
     * working days end on Friday 30 October. Counted here by hand from the shipped holiday table.
     */
    @Test
    void verificationPeriodCountsCalendarOrWorkingDaysAsTheRuleSetSays() {
        RuleSet workingDays = workingDayRuleSet();
        assertThat(ruleSets.byId("seeds-default").objectionVerification().duration())
                .isEqualTo(LegalDuration.of(20, DurationUnit.CALENDAR_DAYS));
        clock.setTo(LocalDateTime.of(2026, 9, 28, 10, 0).atZone(clock.zone()).toInstant());

        assertThat(verificationLastDay("seeds-default", "990001")).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(verificationLastDay(workingDays.id(), "990002")).isEqualTo(LocalDate.of(2026, 10, 30));
    }

    /**
     * The race of an objection and the listing's expiry: the objection read the listing as active, but the expiry
     * ended the listing's process before the objection reached it. The objection is refused (409) as a whole: no
     * objection, no evidence file and no audit entry of it is kept, and the listing is left as the expiry leaves it.
     */
    @Test
    void objectionThatLosesTheRaceAgainstTheListingsExpiryIsRefusedWithNothingKept() throws Exception {
        long listingId = publishedListing();
        Listing listing = listings.find(listingId).orElseThrow();
        ProcessInstance listingProcess = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(ListingCase.businessKey(listing.caseId())).singleResult();
        // the expiry's transaction has ended the process; the objection still reads the listing row as it was
        runtimeService.deleteProcessInstance(listingProcess.getId(), "publication period expired", true);
        int filesBefore = countRows("select count(*) from uploaded_file where owner_type = 'OBJECTION'");
        int auditBefore = countRows("select count(*) from audit_entry where action = 'OBJECTION_FILED'");

        mvc.perform(multipart("/api/v1/listings/" + listingId + "/objections")
                        .file(new MockMultipartFile("files", "evidence.pdf", "application/pdf", PDF))
                        .param("grounds", "名单信息有误").with(httpBasic("ent1", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"));

        assertThat(objectionRepository.ofListing(listingId)).isEmpty();
        assertThat(countRows("select count(*) from uploaded_file where owner_type = 'OBJECTION'")).isEqualTo(filesBefore);
        assertThat(countRows("select count(*) from audit_entry where action = 'OBJECTION_FILED'")).isEqualTo(auditBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Objections.PROCESS_KEY)
                .processInstanceBusinessKeyLike(Objection.BUSINESS_KEY_PREFIX + "%").list())
                .noneMatch(instance -> runtimeService.getVariable(instance.getId(), "listingId")
                        .equals(String.valueOf(listingId)));
    }

    private long fileJson(long listingId, String user) throws Exception {
        String json = mvc.perform(post("/api/v1/listings/" + listingId + "/objections").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grounds\":\"信息有误\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private Instant verificationDueAt(long objectionId) throws Exception {
        String json = mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Instant.parse(JsonPath.read(json, "$.verificationDueAt"));
    }

    private Instant timerDue(String processInstanceId, String activityId) {
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().singleResult();
        assertThat(timer).as("timer %s", activityId).isNotNull();
        return timer.getDuedate().toInstant();
    }

    /** The last day of the verification period the BPMN's {@code deadlines} bean opens for a case of the rule set. */
    private LocalDate verificationLastDay(String ruleSetId, String caseId) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable("caseId")).thenReturn(caseId);
        when(execution.getVariable("caseType")).thenReturn("OBJECTION");
        when(execution.getVariable("ruleSetId")).thenReturn(ruleSetId);
        when(execution.getProcessInstanceId()).thenReturn("pi-" + caseId);
        Instant due = processDeadlines.dueAt(execution, "OBJECTION_VERIFICATION").toInstant();
        // due at 00:00 of the day after the last day
        return due.atZone(clock.zone()).toLocalDate().minusDays(1);
    }

    /** The seeds' set with the verification period in working days, in a series of its own (not in force here). */
    private RuleSet workingDayRuleSet() {
        String id = "test-objection-working-days";
        if (ruleSets.all().stream().anyMatch(set -> set.id().equals(id))) {
            return ruleSets.byId(id);
        }
        try (var in = getClass().getClassLoader().getResourceAsStream("data/rulesets/seeds-default.json")) {
            ObjectNode document = (ObjectNode) new ObjectMapper()
                    .readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            document.put("id", id).put("series", "test-working-days");
            ((ObjectNode) document.get("values").get("objectionVerification"))
                    .put("unit", "WORKING_DAYS");
            RuleSet added = ruleSets.add("ObjectionFlowTest", document.toString());
            assertThat(added.objectionVerification().duration())
                    .isEqualTo(LegalDuration.of(20, DurationUnit.WORKING_DAYS));
            return added;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int countRows(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** Records, reviews and publishes a listing of ent1; answers its listing id. */
    private long publishedListing() throws Exception {
        String json = mvc.perform(post("/api/v1/listing-cases").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subjectType":"ENTERPRISE","subjectCode":"%s","subjectName":"示例企业",
                                 "basisType":"ADMINISTRATIVE_PENALTY","basisNumber":"鹤市监罚〔2026〕20号",
                                 "basisDate":"2026-01-05","domain":"MARKET_ORDER","severity":"SERIOUS",
                                 "facts":"串通投标","measures":["M-PROCUREMENT-BAN"]}
                                """.formatted(ENT1)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long caseId = ((Number) JsonPath.read(json, "$.id")).longValue();
        completeListingTask("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(mvc, caseId);
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        completeListingTask("credit", "publishListing", caseId, "publish");
        String listed = mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(listed, "$.listingId")).longValue();
    }

    private List<String> taskIds(String user, String taskKey, long caseId) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("size", "200").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
    }

    private void completeTask(String user, String taskKey, long objectionId, String outcome, String comment)
            throws Exception {
        List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/tasks").param("caseType", "OBJECTION")
                        .param("size", "200").with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString(), "$[?(@.caseId == '" + objectionId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).as("%s of objection %s for %s", taskKey, objectionId, user).hasSize(1);
        mvc.perform(post("/api/v1/tasks/" + ids.get(0) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"" + outcome + "\",\"comment\":\"" + comment + "\"}"))
                .andExpect(status().isNoContent());
    }

    private void completeListingTask(String user, String taskKey, long caseId, String outcome) throws Exception {
        List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/tasks").param("caseType", "LISTING")
                        .param("size", "200").with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString(), "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).hasSize(1);
        mvc.perform(post("/api/v1/tasks/" + ids.get(0) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\"}"))
                .andExpect(status().isNoContent());
    }
}
