package org.xinyong.workflow.objection.web;

import org.xinyong.workflow.portal.web.ListingSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyong.workflow.portal.web.ListingSteps.ENT1;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.objection.Objection;
import org.xinyong.workflow.objection.ObjectionRepository;
import org.xinyong.workflow.objection.ObjectionStatus;
import org.xinyong.workflow.security.AppUserDetailsService;

import com.jayway.jsonpath.JsonPath;

/**
 * The portal's objection pages on the real application: ent1 objects to its published listing with evidence, follows
 * the verification period, answers the department's request for evidence and reads the reply; refusals are explained
 * on the page with their status and the text kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PortalObjectionPagesTest {

    static final byte[] PDF = "%PDF-1.4\n% evidence\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    AppUserDetailsService accounts;
    @Autowired
    ListingRepository listings;
    @Autowired
    ObjectionRepository objections;

    ListingSteps steps;

    @BeforeEach
    void steps() {
        steps = new ListingSteps(mvc, clock, dueJobs);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void subjectObjectsFromItsListingWithEvidenceAndSeesTheVerificationPeriodWithTheDaysLeft() throws Exception {
        long listingId = publishedListingOfEnt1();

        mvc.perform(get("/portal").with(as("ent1")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("href=\"/portal/objections\""),
                        containsString("id=\"objections-entry-link\""))));
        mvc.perform(get("/portal/objections").with(as("ent1")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("href=\"/portal/listings/" + listingId + "/objections/new\"")));
        mvc.perform(get("/portal/listings/" + listingId + "/objections/new").with(as("ent1")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("id=\"objection-form\""),
                        containsString("enctype=\"multipart/form-data\""),
                        containsString("data-confirm-message=\"确定提交异议吗？"),
                        containsString("每个文件不超过 10 MB"),
                        containsString("src=\"/js/portal-objection.js\""))));

        String location = mvc.perform(fileObjection(listingId, "ent1", "行政处罚决定已被复议机关撤销", true,
                        new MockMultipartFile("files", "复议决定.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long objectionId = Long.parseLong(location.substring("/portal/objections/".length()));
        Objection filed = objections.find(objectionId).orElseThrow();
        assertThat(filed.listingId()).isEqualTo(listingId);
        assertThat(filed.grounds()).isEqualTo("行政处罚决定已被复议机关撤销");
        assertThat(listings.find(listingId).orElseThrow().status()).isEqualTo(ListingStatus.SUSPENDED);

        String lastDay = JsonPath.read(objectionJson(objectionId), "$.verificationLastDay");
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(clock.today(), java.time.LocalDate.parse(lastDay));
        assertThat(daysLeft).as("20 calendar days of receipt, or more when the last day is a rest day")
                .isBetween(20L, 27L);
        mvc.perform(get(location).with(as("ent1")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("data-status=\"RECEIVED\""),
                        containsString(lastDay),
                        containsString("还剩 " + daysLeft + " 天"),
                        containsString("核实期间暂停执行"),
                        containsString("复议决定.pdf"),
                        containsString("id=\"objection-documents-none\""),
                        not(containsString("id=\"evidence-form\"")))));
        mvc.perform(get("/portal/objections").with(as("ent1")))
                .andExpect(html(allOf(containsString("id=\"objection-" + objectionId + "\""),
                        containsString("id=\"open-objection-of-" + listingId + "\""),
                        not(containsString("href=\"/portal/listings/" + listingId + "/objections/new\"")))));
    }

    @Test
    void refusedUploadsAndMissingConfirmationAreExplainedOnTheFormWithTheGroundsKept() throws Exception {
        long listingId = publishedListingOfEnt1();

        mvc.perform(fileObjection(listingId, "ent1", "处罚依据有误", true,
                        new MockMultipartFile("files", "fake.pdf", "application/pdf",
                                "MZ not a pdf".getBytes(StandardCharsets.US_ASCII))))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(html(allOf(containsString("id=\"objection-error\""),
                        containsString("只能上传 PDF、JPEG 或 PNG 文件"), containsString(">处罚依据有误</textarea>"),
                        containsString("请重新选择"))));

        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        mvc.perform(fileObjection(listingId, "ent1", "处罚依据有误", true,
                        new MockMultipartFile("files", "large.pdf", "application/pdf", large)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(html(allOf(containsString("每个文件不能超过 10 MB"),
                        containsString(">处罚依据有误</textarea>"))));

        mvc.perform(fileObjection(listingId, "ent1", "处罚依据有误", false))
                .andExpect(status().isBadRequest())
                .andExpect(html(allOf(containsString("id=\"confirmed-error\""), containsString(">处罚依据有误</textarea>"))));
        mvc.perform(fileObjection(listingId, "ent1", "  ", true))
                .andExpect(status().isBadRequest())
                .andExpect(html(containsString("id=\"grounds-error\"")));

        assertThat(objections.ofListing(listingId)).as("nothing filed by a refused submission").isEmpty();
        assertThat(listings.find(listingId).orElseThrow().status()).isEqualTo(ListingStatus.ACTIVE);
    }

    @Test
    void anotherEnterpriseIsToldTheListingDoesNotExistAndASecondObjectionIsAConflict() throws Exception {
        long listingId = publishedListingOfEnt1();

        mvc.perform(get("/portal/listings/" + listingId + "/objections/new").with(as("ent2")))
                .andExpect(status().isNotFound())
                .andExpect(html(containsString("未找到名单记录 " + listingId)));
        mvc.perform(fileObjection(listingId, "ent2", "不是我们的名单", true))
                .andExpect(status().isNotFound());
        assertThat(objections.ofListing(listingId)).isEmpty();

        mvc.perform(fileObjection(listingId, "ent1", "第一次异议", true)).andExpect(status().is3xxRedirection());
        long first = objections.ofListing(listingId).get(0).id();
        mvc.perform(get("/portal/objections/" + first).with(as("ent2")))
                .andExpect(status().isNotFound())
                .andExpect(html(not(containsString("第一次异议"))));
        mvc.perform(get("/portal/listings/" + listingId + "/objections/new").with(as("ent1")))
                .andExpect(status().isConflict())
                .andExpect(html(allOf(containsString("已有正在核实的异议"), not(containsString("id=\"objection-form\"")))));
        mvc.perform(fileObjection(listingId, "ent1", "第二次异议", true))
                .andExpect(status().isConflict())
                .andExpect(html(containsString("已有正在核实的异议")));
        assertThat(objections.ofListing(listingId)).hasSize(1);
    }

    @Test
    void applicantAnswersTheEvidenceRequestAndDownloadsTheWrittenReply() throws Exception {
        long listingId = publishedListingOfEnt1();
        mvc.perform(fileObjection(listingId, "ent1", "认定事实有误", true)).andExpect(status().is3xxRedirection());
        long objectionId = objections.ofListing(listingId).get(0).id();
        completeTask("amr", "acceptObjection", objectionId, "accept", "");
        mvc.perform(post("/api/v1/objections/" + objectionId + "/evidence-requests").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"请提供复议决定书\",\"respondBy\":\"" + clock.today().plusDays(10) + "\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/portal/objections/" + objectionId).with(as("ent1")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("data-status=\"AWAITING_EVIDENCE\""),
                        containsString("id=\"objection-" + objectionId + "-paused\""),
                        containsString("id=\"evidence-form\""), containsString("请提供复议决定书"),
                        containsString("请于 " + clock.today().plusDays(10) + "（含当日）前补充"))));
        mvc.perform(supplement(objectionId, "", false))
                .andExpect(status().isBadRequest())
                .andExpect(html(containsString("id=\"evidence-errors\"")));
        assertThat(objections.find(objectionId).orElseThrow().status()).isEqualTo(ObjectionStatus.AWAITING_EVIDENCE);

        mvc.perform(supplement(objectionId, "复议决定书见附件", true,
                        new MockMultipartFile("files", "复议决定书.pdf", "application/pdf", PDF)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/portal/objections/" + objectionId));
        assertThat(objections.find(objectionId).orElseThrow().status()).isEqualTo(ObjectionStatus.VERIFYING);
        mvc.perform(supplement(objectionId, "再次补充", true))
                .andExpect(status().isConflict())
                .andExpect(html(allOf(containsString("没有待补充的证据要求"), not(containsString("id=\"evidence-form\"")))));

        completeTask("amr", "verifyObjection", objectionId, "revoke", "处罚决定已被撤销");
        String json = objectionJson(objectionId);
        List<Integer> documentIds = JsonPath.read(json, "$.documents[?(@.kind == 'OBJECTION_REPLY')].id");
        assertThat(documentIds).hasSize(1);
        mvc.perform(get("/portal/objections/" + objectionId).with(as("ent1")))
                .andExpect(html(allOf(containsString("data-status=\"REVOKED\""),
                        containsString("名单已撤销，不再执行，信用名誉已恢复"),
                        containsString("href=\"/documents/" + documentIds.get(0) + "/pdf\""),
                        containsString("复议决定书.pdf"))));
        mvc.perform(get("/documents/" + documentIds.get(0) + "/pdf").with(as("ent1")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF));
    }

    @Test
    void objectionPagesAreForEnterpriseAccountsOnly() throws Exception {
        long listingId = publishedListingOfEnt1();

        mvc.perform(get("/portal/objections").with(as("amr"))).andExpect(status().isForbidden());
        mvc.perform(fileObjection(listingId, "credit", "信用办在门户提出", true)).andExpect(status().isForbidden());
        mvc.perform(get("/portal/objections"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(multipart("/portal/listings/" + listingId + "/objections").param("grounds", "没有令牌")
                        .param("confirmed", "true").with(as("ent1")))
                .andExpect(status().isForbidden());
        assertThat(objections.ofListing(listingId)).isEmpty();
    }

    @Test
    void everyTextOfTheObjectionPagesComesFromTheBundlesInChineseAndEnglish() throws Exception {
        long listingId = publishedListingOfEnt1();
        mvc.perform(fileObjection(listingId, "ent1", "认定事实有误", true,
                new MockMultipartFile("files", "证据.pdf", "application/pdf", PDF))).andExpect(status().is3xxRedirection());
        long objectionId = objections.ofListing(listingId).get(0).id();
        long otherListing = publishedListingOfEnt1();

        for (String page : List.of("/portal/objections", "/portal/objections/" + objectionId,
                "/portal/listings/" + otherListing + "/objections/new", "/portal")) {
            mvc.perform(get(page).with(as("ent1")).header("Accept-Language", "zh-CN"))
                    .andExpect(status().isOk())
                    .andExpect(html(allOf(not(containsString("??")), containsString("异议"))));
            mvc.perform(get(page).with(as("ent1")).header("Accept-Language", "en"))
                    .andExpect(status().isOk())
                    .andExpect(html(allOf(not(containsString("??")), containsString("bjection"))));
        }
    }

    @Test
    void subjectFollowsAnObjectionTheCreditOfficeRaisedButDoesNotAnswerItsEvidenceRequest() throws Exception {
        long listingId = publishedListingOfEnt1();
        String filed = mvc.perform(post("/api/v1/listings/" + listingId + "/objections").with(httpBasic("credit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grounds\":\"平台比对发现信息可能有误\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long objectionId = ((Number) JsonPath.read(filed, "$.id")).longValue();
        completeTask("amr", "acceptObjection", objectionId, "accept", "");
        mvc.perform(post("/api/v1/objections/" + objectionId + "/evidence-requests").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"请信用办提供比对记录\",\"respondBy\":\"" + clock.today().plusDays(5) + "\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/portal/objections").with(as("ent1")))
                .andExpect(html(allOf(containsString("id=\"objection-" + objectionId + "\""),
                        containsString("id=\"open-objection-of-" + listingId + "\""))));
        mvc.perform(get("/portal/objections/" + objectionId).with(as("ent1")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("data-status=\"AWAITING_EVIDENCE\""),
                        containsString("请信用办提供比对记录"), not(containsString("id=\"evidence-form\"")))));
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private long publishedListingOfEnt1() throws Exception {
        long caseId = steps.listed("ENTERPRISE", ENT1, "鹤岗市示例商贸有限公司");
        return ((Number) JsonPath.read(steps.caseJson(caseId), "$.listingId")).longValue();
    }

    private MockMultipartHttpServletRequestBuilder fileObjection(long listingId, String account, String grounds,
                                                                 boolean confirmed, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/portal/listings/" + listingId + "/objections");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("grounds", grounds);
        if (confirmed) {
            request.param("confirmed", "true");
        }
        request.with(as(account)).with(csrf());
        return request;
    }

    private MockMultipartHttpServletRequestBuilder supplement(long objectionId, String note, boolean confirmed,
                                                              MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/portal/objections/" + objectionId + "/evidence");
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("note", note);
        if (confirmed) {
            request.param("confirmed", "true");
        }
        request.with(as("ent1")).with(csrf());
        return request;
    }

    private String objectionJson(long objectionId) throws Exception {
        return mvc.perform(get("/api/v1/objections/" + objectionId).with(httpBasic("ent1", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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

    /** The page's HTML with every run of white space as one space, so that assertions need not follow the layout. */
    private static ResultMatcher html(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat("page",
                result.getResponse().getContentAsString().replaceAll("\\s+", " "), matcher);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
