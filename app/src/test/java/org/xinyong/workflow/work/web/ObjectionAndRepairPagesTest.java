package org.xinyong.workflow.work.web;

import org.xinyong.workflow.listing.web.ListingCaseFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.security.AppUserDetailsService;

import com.jayway.jsonpath.JsonPath;

/**
 * The objection and credit-repair pages of the workspace: their tasks' pages and forms, the case pages
 * {@code /work/cases/OBJECTION/{id}} and {@code /work/cases/REPAIR/{id}}, the request for supplementary evidence, and
 * who may read their documents.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ObjectionAndRepairPagesTest {

    static final String ENT1 = ListingCaseFixture.ENT1;
    static final String ENT2 = ListingCaseFixture.ENT2;
    static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void verificationPageShowsGroundsEvidenceAndDaysLeftAndEveryOutcomeNeedsItsReasons() throws Exception {
        long objectionId = acceptedObjection();
        String taskId = taskId("amr", "verifyObjection", objectionId);

        Document page = page("/work/tasks/" + taskId, "amr");
        assertThat(page.select("h1").text()).isEqualTo("核实异议");
        assertThat(page.select("#grounds").text()).isEqualTo("行政处罚决定已被复议机关撤销");
        assertThat(page.select("#files").text()).contains("penalty-revoked.pdf", "证据");
        assertThat(page.select("#files a").attr("href"))
                .startsWith("/api/v1/objections/" + objectionId + "/files/");
        assertThat(page.select("#verification-due").text()).containsPattern("剩余 \\d+ 天");
        assertThat(page.select("form#task-form").attr("data-reason-outcomes").split(","))
                .containsExactlyInAnyOrder("revoke", "correct", "uphold");
        assertThat(page.select("label[for=outcome-revoke]").text()).isEqualTo("撤销名单");

        Document refused = Jsoup.parse(mvc.perform(completion(taskId, "amr", "revoke", " ", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#comment-error").text()).isEqualTo("选择“撤销名单”时必须填写理由。");
        assertThat(taskId("amr", "verifyObjection", objectionId)).as("still open").isEqualTo(taskId);

        mvc.perform(completion(taskId, "amr", "revoke", "处罚决定已被撤销，认定依据不复存在", null))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/work"));
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.outcomeReason").value("处罚决定已被撤销，认定依据不复存在"));
    }

    @Test
    void evidenceRequestOnTheCasePageStopsTheVerification() throws Exception {
        long objectionId = acceptedObjection();
        String casePage = "/work/cases/OBJECTION/" + objectionId;

        Document page = page(casePage, "amr");
        assertThat(page.select("form#evidence-form").attr("action")).isEqualTo(casePage + "/evidence-requests");
        assertThat(page.select("form#evidence-form").attr("data-confirm")).contains("中止计算");
        assertThat(page.select("form#evidence-form input[name=_csrf]")).hasSize(1);
        assertThat(page("/work/cases/OBJECTION/" + objectionId, "credit").select("form#evidence-form"))
                .as("only the identifying department asks").isEmpty();

        String respondBy = clock.today().plusDays(10).toString();
        Document unconfirmed = Jsoup.parse(mvc.perform(post(casePage + "/evidence-requests")
                        .param("note", "请提供复议决定书").param("respondBy", respondBy)
                        .with(user(account("amr"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(unconfirmed.select("#evidence-confirmed-error").text()).isEqualTo("请勾选确认后再发出。");
        assertThat(unconfirmed.select("textarea[name=note]").text()).isEqualTo("请提供复议决定书");
        Document past = Jsoup.parse(mvc.perform(post(casePage + "/evidence-requests")
                        .param("note", "请提供复议决定书").param("respondBy", clock.today().toString())
                        .param("confirmed", "true").with(user(account("amr"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(past.select("#respondBy-error").text()).isEqualTo("请填写晚于今天的补充期限。");

        mvc.perform(post(casePage + "/evidence-requests").param("note", "请提供复议决定书原件扫描件")
                        .param("respondBy", respondBy).param("confirmed", "true")
                        .with(user(account("amr"))).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(casePage));
        mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("AWAITING_EVIDENCE"));
        Document after = page(casePage, "amr");
        assertThat(after.select("#evidence-requests").text()).contains("请提供复议决定书原件扫描件", "待补充");
        assertThat(after.select("#verification-due").text()).contains("已中止计时");
        assertThat(after.select("form#evidence-form")).as("not while awaiting evidence").isEmpty();
    }

    @Test
    void extendingTheRectificationNeedsOneToTwelveMonths() throws Exception {
        long repairId = acceptedRepair();
        clock.setTo(clock.now().plus(Duration.ofDays(95)));
        dueJobs.runDue();
        String taskId = taskId("amr", "inspectRepair", repairId);

        Document page = page("/work/tasks/" + taskId, "amr");
        assertThat(page.select("#statement").text()).isEqualTo("已全额缴纳罚款并完成整改");
        assertThat(page.select("#files").text()).contains("信用修复承诺书", "整改方案", "rectificationPlan.pdf");
        assertThat(page.select("#rectification-due").text()).isNotBlank();
        assertThat(page.select("[data-for-outcome=extend] input[name=extendMonths]")).hasSize(1);

        for (String months : new String[] {null, "0", "13", "two"}) {
            Document refused = Jsoup.parse(mvc.perform(completion(taskId, "amr", "extend", "整改尚未到位", months))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(refused.select("#extendMonths-error").text()).as("months %s", months)
                    .isEqualTo("选择“延长整改期”时，请填写 1 至 12 之间的整月数。");
        }
        assertThat(taskId("amr", "inspectRepair", repairId)).as("still open").isEqualTo(taskId);

        mvc.perform(completion(taskId, "amr", "extend", "整改尚未到位", "2"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/work"));
        mvc.perform(get("/api/v1/repairs/" + repairId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("RECTIFYING"))
                .andExpect(jsonPath("$.deadlines[?(@.kind == 'RECTIFICATION')]", Matchers.hasSize(2)));
    }

    @Test
    void objectionCasePageIsForTheDepartmentAndShowsDocumentsAndTimeline() throws Exception {
        long objectionId = fileObjection(publishedListing(ENT1));
        completeApi("amr", "acceptObjection", objectionId, "refuse", "异议理由与名单信息无关");

        mvc.perform(get("/work/cases/OBJECTION/" + objectionId).with(user(account("tax"))))
                .andExpect(status().isNotFound());
        Document page = page("/work/cases/OBJECTION/" + objectionId, "amr");
        assertThat(page.select("h1").text()).contains("OBJECTION-" + objectionId, "不予受理");
        assertThat(page.select("a.app-listing-link").attr("href")).startsWith("/work/cases/LISTING/");
        assertThat(page.select("#documents").text()).contains("异议申请不予受理告知书");
        assertThat(page.select("#timeline").text()).contains("提出异议", "任务办结", "异议理由与名单信息无关")
                .doesNotContain("查阅主体信息");
        assertThat(page.select("#outcome").text()).contains("不予受理", "异议理由与名单信息无关");
    }

    @Test
    void repairCasePageIsForTheDepartmentAndShowsMaterialsDocumentsAndTimeline() throws Exception {
        long repairId = acceptedRepair();

        mvc.perform(get("/work/cases/REPAIR/" + repairId).with(user(account("tax"))))
                .andExpect(status().isNotFound());
        Document page = page("/work/cases/REPAIR/" + repairId, "amr");
        assertThat(page.select("h1").text()).contains("REPAIR-" + repairId, "整改中");
        assertThat(page.select("#documents").text()).contains("信用修复申请受理通知书");
        assertThat(page.select("#timeline").text()).contains("申请信用修复", "任务办结");
        assertThat(page.select("#rectification-due").text()).containsPattern("剩余 \\d+ 天");
        String material = page.select("#files a").first().attr("href");
        assertThat(material).startsWith("/work/cases/REPAIR/" + repairId + "/files/");

        mvc.perform(get(material).with(user(account("amr"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")));
        mvc.perform(get(material).with(user(account("tax")))).andExpect(status().isNotFound());
        mvc.perform(get("/work/cases/REPAIR/" + repairId + "/files/999999").with(user(account("amr"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void objectionReplyIsForTheSubjectItIsAddressedTo() throws Exception {
        long objectionId = acceptedObjection();
        completeApi("amr", "verifyObjection", objectionId, "uphold", "认定事实清楚");
        String json = mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("amr", "demo")))
                .andReturn().getResponse().getContentAsString();
        int replyId = JsonPath.read(json, "$.documents[0].id");

        mvc.perform(get("/documents/" + replyId + "/pdf").with(user(account("ent1"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/pdf")));
        mvc.perform(get("/documents/" + replyId).with(user(account("amr")))).andExpect(status().isOk());
        mvc.perform(get("/documents/" + replyId + "/pdf").with(user(account("ent2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + replyId).with(user(account("tax")))).andExpect(status().isNotFound());
    }

    /** An objection of ent1 with one evidence file, accepted by amr: verification runs. */
    private long acceptedObjection() throws Exception {
        long objectionId = fileObjection(publishedListing(ENT1));
        completeApi("amr", "acceptObjection", objectionId, "accept", "");
        return objectionId;
    }

    private long fileObjection(long listingId) throws Exception {
        String json = mvc.perform(multipart("/api/v1/listings/" + listingId + "/objections")
                        .file(new MockMultipartFile("files", "penalty-revoked.pdf", "application/pdf", PDF))
                        .param("grounds", "行政处罚决定已被复议机关撤销").with(httpBasic("ent1", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** A repair of ent2's listing, applied for once repairable and accepted by amr: rectification runs. */
    private long acceptedRepair() throws Exception {
        long listingId = publishedListing(ENT2);
        String listing = mvc.perform(get("/api/v1/listings/" + listingId).with(httpBasic("ent2", "demo")))
                .andReturn().getResponse().getContentAsString();
        clock.setTo(Instant.parse(JsonPath.read(listing, "$.repairableFrom")).plusSeconds(60));
        MockMultipartHttpServletRequestBuilder apply = multipart("/api/v1/listings/" + listingId + "/repairs");
        for (String material : List.of("commitment", "identity", "performanceProof", "rectificationPlan")) {
            apply.file(new MockMultipartFile(material, material + ".pdf", "application/pdf", PDF));
        }
        String json = mvc.perform(apply.param("statement", "已全额缴纳罚款并完成整改").with(httpBasic("ent2", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long repairId = ((Number) JsonPath.read(json, "$.id")).longValue();
        completeApi("amr", "reviewRepair", repairId, "accept", "");
        return repairId;
    }

    @Test
    void creditOfficeRaisesAnObjectionOnThePublishedListingsCasePageAndTheSanctionsAreSuspended() throws Exception {
        String subject = TestSubjects.enterpriseCode();
        ListingCaseFixture cases = new ListingCaseFixture(mvc);
        long caseId = cases.record(subject);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        cases.serveNotice(caseId);
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        String casePage = "/work/cases/LISTING/" + caseId;
        assertThat(page(casePage, "credit").select("#raise-objection")).as("not before publication").isEmpty();
        cases.complete("credit", "publishListing", caseId, "publish");

        assertThat(page(casePage, "amr").select("#raise-objection")).as("the identifying department verifies")
                .isEmpty();
        assertThat(page(casePage, "credit").select("#objection-form")).hasSize(1);

        Document refused = Jsoup.parse(mvc.perform(post(casePage + "/objections").with(user(account("credit")))
                        .with(csrf()).param("grounds", "  "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#grounds-error").text()).contains("请填写异议理由");
        assertThat(refused.select("#objection-confirmed-error").text()).contains("请确认");

        String objectionPage = mvc.perform(post(casePage + "/objections").with(user(account("credit"))).with(csrf())
                        .param("grounds", "行政处罚决定已被复议机关撤销").param("confirmed", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/work/cases/OBJECTION/*"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(objectionPage, "credit").text()).contains("行政处罚决定已被复议机关撤销");
        mvc.perform(get("/api/v1/sanctions/" + subject).with(httpBasic("checker", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suspended").value(true));

        mvc.perform(post(casePage + "/objections").with(user(account("credit"))).with(csrf())
                        .param("grounds", "再次异议").param("confirmed", "true"))
                .andExpect(status().isConflict());
        mvc.perform(post(casePage + "/objections").with(user(account("amr"))).with(csrf())
                        .param("grounds", "部门自己不提异议").param("confirmed", "true"))
                .andExpect(status().isConflict());
    }

    /** Records, reviews and publishes a listing of the subject; answers its listing id. */
    private long publishedListing(String subjectCode) throws Exception {
        ListingCaseFixture cases = new ListingCaseFixture(mvc);
        long caseId = cases.record(subjectCode);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        cases.serveNotice(caseId);
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        cases.complete("credit", "publishListing", caseId, "publish");
        String listed = mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(listed, "$.listingId")).longValue();
    }

    private String taskId(String user, String taskKey, long caseId) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("size", "200").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json,
                "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).as("task %s of case %s for %s", taskKey, caseId, user).hasSize(1);
        return ids.get(0);
    }

    private void completeApi(String user, String taskKey, long caseId, String outcome, String comment)
            throws Exception {
        mvc.perform(post("/api/v1/tasks/" + taskId(user, taskKey, caseId) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"" + outcome + "\",\"comment\":\"" + comment + "\"}"))
                .andExpect(status().isNoContent());
    }

    private MockHttpServletRequestBuilder completion(String taskId, String user, String outcome, String comment,
                                                     String extendMonths) {
        MockHttpServletRequestBuilder request = post("/work/tasks/" + taskId).param("outcome", outcome)
                .param("comment", comment).param("confirmed", "true").with(user(account(user))).with(csrf());
        return extendMonths == null ? request : request.param("extendMonths", extendMonths);
    }

    private Document page(String path, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(account(user))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private UserDetails account(String username) {
        return people.loadUserByUsername(username);
    }
}
