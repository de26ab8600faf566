package org.xinyong.workflow.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.support.NoticeServiceSteps;

import com.jayway.jsonpath.JsonPath;

/** Lifecycle C through the REST API on the real application, the business clock moved across the periods. */
// its own application context, hence its own in-memory database: the demo subjects start with no records
@SpringBootTest(properties = "xinyong.test.isolated-context=RepairFlowTest")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class RepairFlowTest {

    static final String ENT2 = "91410526MA3X00004Y";
    static final byte[] PDF = "%PDF-1.4\n% material\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    org.xinyong.workflow.documents.CaseDocuments documents;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void repairRefusedBeforeMinimumPublicationPeriodAndAcceptedFromItsEnd() throws Exception {
        long listingId = publishedListing(null);
        String listing = mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent2", "demo")))
                .andReturn().getResponse().getContentAsString();
        Instant repairableFrom = Instant.parse(JsonPath.read(listing, "$.repairableFrom"));

        clock.setTo(repairableFrom.minusSeconds(3600));
        mvc.perform(apply(listingId)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.error").value("rule_violation"))
                .andExpect(jsonPath("$.message", containsString("最短公示期尚未届满")));

        clock.setTo(repairableFrom);
        mvc.perform(apply(listingId)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("APPLIED"))
                .andExpect(jsonPath("$.materials.length()").value(4));
        mvc.perform(apply(listingId)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message", containsString("正在办理")));
    }

    /**
     * A record made under the seeds' rules (before the national set took over on 2026-04-01) is repaired under them:
     * the credit office checks the report and the leading group decides (seed003 §二(五)3).
     */
    @Test
    void approvedRepairRemovesTheListingAfterAtLeastThreeMonthsOfRectification() throws Exception {
        clock.setTo(SEEDS_ERA);
        long listingId = publishedListing(null);
        moveToRepairable(listingId);
        long repairId = applied(listingId);

        complete("amr", "reviewRepair", repairId, "accept", "", "");
        mvc.perform(post("/api/v1/repairs/" + repairId + "/progress").with(httpBasic("ent2", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"已完成第一阶段整改\"}"))
                .andExpect(status().isOk());
        clock.setTo(clock.now().plus(Duration.ofDays(60)));
        dueJobs.runDue();
        assertThat(taskIds("amr", "inspectRepair", repairId)).as("no inspection before three months").isEmpty();

        clock.setTo(clock.now().plus(Duration.ofDays(35)));
        dueJobs.runDue();
        complete("amr", "inspectRepair", repairId, "pass", "整改到位", "");
        complete("credit", "checkRepairReport", repairId, "approve", "", "");
        complete("leader", "decideRepair", repairId, "approve", "同意修复", "");

        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.progress[0].text").value("已完成第一阶段整改"))
                .andExpect(jsonPath("$.documents[*].kind", hasItem("REPAIR_DECISION")));
        assertThat(documents.ofCase("REPAIR", String.valueOf(repairId)))
                .filteredOn(document -> document.kind() == org.xinyong.workflow.documents.DocumentKind.REPAIR_DECISION)
                .singleElement().satisfies(decision -> assertThat(decision.html())
                        .as("the decision states its result (the template was empty)")
                        .contains("信用修复决定书", "同意你（单位）的信用修复申请", "移出严重失信主体名单"));
        mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("REMOVED"))
                .andExpect(jsonPath("$.endReason").value("REPAIRED"));
        mvc.perform(get("/api/v1/public/listings").param("q", ENT2))
                .andExpect(jsonPath("$[*].listingId", not(hasItem((int) listingId))));
    }

    /** seed003 §二(五)3: a report the credit office returns goes back to the department; the repair goes on. */
    @Test
    void reportReturnedByTheCreditOfficeGoesBackToTheDepartmentsInspection() throws Exception {
        clock.setTo(SEEDS_ERA);
        Accepted accepted = acceptedRepair();
        long repairId = accepted.repairId();
        clock.setTo(clock.now().plus(Duration.ofDays(95)));
        dueJobs.runDue();
        complete("amr", "inspectRepair", repairId, "pass", "整改到位", "");

        complete("credit", "checkRepairReport", repairId, "reject", "情况说明缺少现场核查记录，请补充", "");

        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("INSPECTING"));
        assertThat(taskIds("amr", "inspectRepair", repairId)).as("back with the department").hasSize(1);
        assertThat(taskIds("leader", "decideRepair", repairId)).isEmpty();
    }

    /**
     * Issue 13 items 4 and 9: a record made under the national set (in force from 2026-04-01) keeps it; 谁认定、谁修复
     * (国办发〔2025〕22号): the identifying department's head decides, neither the credit office nor the leading group
     * gets a task, and the decision document names the department's decision.
     */
    @Test
    void identifyingDepartmentDecidesTheRepairOfARecordMadeUnderTheNationalRules() throws Exception {
        clock.setTo(java.time.Instant.parse("2026-05-06T02:00:00Z"));
        Accepted accepted = acceptedRepair();
        long repairId = accepted.repairId();
        clock.setTo(clock.now().plus(Duration.ofDays(95)));
        dueJobs.runDue();
        complete("amr", "inspectRepair", repairId, "pass", "整改到位", "");

        assertThat(taskIds("credit", "checkRepairReport", repairId)).isEmpty();
        complete("amr-head", "decideRepairByDepartment", repairId, "approve", "同意修复", "");

        assertThat(taskIds("leader", "decideRepair", repairId)).isEmpty();
        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/listings/" + accepted.listingId()).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("REMOVED"));
    }

    @Test
    void newDishonestyRecordBeforeAcceptanceEndsTheRepairAsFailed() throws Exception {
        Accepted accepted = acceptedRepair();
        long listingId = accepted.listingId();
        long repairId = accepted.repairId();

        long newCase = record(null, clock.today());
        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("RECTIFYING"));
        complete("amr-head", "reviewByHead", newCase, "approve", "", "");
        NoticeServiceSteps.servedByPost(mvc, newCase);

        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.documents[*].kind", hasItem("REPAIR_TERMINATION")));
        mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    /** seed003 §二(五)2: a finding the head returned is no dishonest act; the repair goes on. */
    @Test
    void repairNotFailedByFindingTheHeadRejected() throws Exception {
        Accepted accepted = acceptedRepair();
        long repairId = accepted.repairId();

        long newCase = record(null, clock.today());
        complete("amr-head", "reviewByHead", newCase, "reject", "证据不足，退回", "");

        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("RECTIFYING"));
    }

    /** seed003 §二(五)2 "自企业提出信用修复申请到调查验收期间": an act dated before the application does not count. */
    @Test
    void recordOfAnActBeforeTheApplicationDoesNotFailTheRepair() throws Exception {
        Accepted accepted = acceptedRepair();
        long repairId = accepted.repairId();

        long olderAct = record(null, clock.today().minusDays(1));
        complete("amr-head", "reviewByHead", olderAct, "approve", "", "");
        NoticeServiceSteps.servedByPost(mvc, olderAct);

        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("ent2", "demo")))
                .andExpect(jsonPath("$.status").value("RECTIFYING"));
    }

    @Test
    void inspectionMayExtendTheRectificationButNeverShortenIt() throws Exception {
        Accepted accepted = acceptedRepair();
        long repairId = accepted.repairId();
        clock.setTo(clock.now().plus(Duration.ofDays(95)));
        dueJobs.runDue();

        complete("amr", "inspectRepair", repairId, "extend", "整改尚未到位", "2");

        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("RECTIFYING"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RECTIFICATION' && @.status == 'OPEN')]").isNotEmpty());
        clock.setTo(clock.now().plus(Duration.ofDays(30)));
        dueJobs.runDue();
        assertThat(taskIds("amr", "inspectRepair", repairId)).isEmpty();
        clock.setTo(clock.now().plus(Duration.ofDays(35)));
        dueJobs.runDue();
        assertThat(taskIds("amr", "inspectRepair", repairId)).hasSize(1);
    }

    @Test
    void nonRepairableRecordIsRefusedWithTheReason() throws Exception {
        long listingId = publishedListing("STATUTORY_NON_REPAIRABLE");
        moveToRepairable(listingId);

        mvc.perform(apply(listingId)).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message", containsString("不可修复")));
    }

    @Test
    void missingMaterialAndAnotherEnterpriseAreRefused() throws Exception {
        long listingId = publishedListing(null);
        moveToRepairable(listingId);

        mvc.perform(multipart("/api/v1/listings/" + listingId + "/repairs")
                        .file(new MockMultipartFile("commitment", "c.pdf", "application/pdf", PDF))
                        .with(httpBasic("ent2", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(apply(listingId, "ent1")).andExpect(status().isNotFound());
    }

    private MockMultipartHttpServletRequestBuilder apply(long listingId) {
        return apply(listingId, "ent2");
    }

    private MockMultipartHttpServletRequestBuilder apply(long listingId, String user) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/listings/" + listingId + "/repairs");
        for (String material : List.of("commitment", "identity", "performanceProof", "rectificationPlan")) {
            request.file(new MockMultipartFile(material, material + ".pdf", "application/pdf", PDF));
        }
        request.param("statement", "已全额缴纳罚款并完成整改");
        request.with(httpBasic(user, "demo"));
        return request;
    }

    private long applied(long listingId) throws Exception {
        String json = mvc.perform(apply(listingId)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private void moveToRepairable(long listingId) throws Exception {
        String listing = mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent2", "demo")))
                .andReturn().getResponse().getContentAsString();
        clock.setTo(Instant.parse(JsonPath.read(listing, "$.repairableFrom")).plusSeconds(60));
    }

    /** A published listing of ENT2, repairable now, with a repair applied for and accepted (rectifying). */
    /** A day under the seeds' rule set (seeds-default), before the national set took effect on 2026-04-01. */
    private static final java.time.Instant SEEDS_ERA = java.time.Instant.parse("2026-03-02T02:00:00Z");

    private Accepted acceptedRepair() throws Exception {
        long listingId = publishedListing(null);
        moveToRepairable(listingId);
        long repairId = applied(listingId);
        complete("amr", "reviewRepair", repairId, "accept", "", "");
        return new Accepted(listingId, repairId);
    }

    private record Accepted(long listingId, long repairId) {
    }

    private long record(String recordKind) throws Exception {
        return record(recordKind, java.time.LocalDate.parse("2026-01-05"));
    }

    private long record(String recordKind, java.time.LocalDate basisDate) throws Exception {
        String json = mvc.perform(post("/api/v1/listing-cases").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"subjectType":"ENTERPRISE","subjectCode":"%s","subjectName":"滑县示例建材有限公司",
                                 "basisType":"ADMINISTRATIVE_PENALTY","basisNumber":"滑市监罚〔2026〕3号",
                                 "basisDate":"%s","domain":"MARKET_ORDER","severity":"SERIOUS",
                                 "facts":"串通投标","measures":["M-PROCUREMENT-BAN"]%s}
                                """.formatted(ENT2, basisDate, recordKind == null ? "" : ",\"recordKind\":\"" + recordKind + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private long publishedListing(String recordKind) throws Exception {
        long caseId = record(recordKind);
        complete("amr-head", "reviewByHead", caseId, "approve", "", "");
        NoticeServiceSteps.servedByPost(mvc, caseId);
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        complete("credit", "publishListing", caseId, "publish", "", "");
        String listed = mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(listed, "$.listingId")).longValue();
    }

    private List<String> taskIds(String user, String taskKey, long caseId) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("size", "200").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
    }

    private void complete(String user, String taskKey, long caseId, String outcome, String comment,
                          String extendMonths) throws Exception {
        List<String> ids = taskIds(user, taskKey, caseId);
        assertThat(ids).as("%s of case %s for %s", taskKey, caseId, user).hasSize(1);
        mvc.perform(post("/api/v1/tasks/" + ids.get(0) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"" + outcome + "\",\"comment\":\"" + comment + "\""
                                + (extendMonths.isEmpty() ? "" : ",\"extendMonths\":" + extendMonths) + "}"))
                .andExpect(status().isNoContent());
    }
}
