package org.xinyong.workflow.objection;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.portal.PortalInbox;

import com.jayway.jsonpath.JsonPath;

/** Lifecycle B through the REST API on the real application, with the business clock moved. */
// its own application context, hence its own in-memory database: the demo subjects start with no records
@SpringBootTest(properties = "xinyong.test.isolated-context=ObjectionFlowTest")
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ObjectionFlowTest {

    static final String ENT1 = "91230400MA19XY0035";
    static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    PortalInbox inbox;

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

    private long fileJson(long listingId, String user) throws Exception {
        String json = mvc.perform(post("/api/v1/listings/" + listingId + "/objections").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grounds\":\"信息有误\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
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
