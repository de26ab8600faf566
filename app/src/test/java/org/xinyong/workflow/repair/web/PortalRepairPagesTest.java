package org.xinyong.workflow.repair.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyong.workflow.portal.web.ListingSteps.ENT2;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.repair.Repair;
import org.xinyong.workflow.repair.RepairRepository;
import org.xinyong.workflow.repair.RepairStatus;
import org.xinyong.workflow.security.AppUserDetailsService;

import com.jayway.jsonpath.JsonPath;

/**
 * The portal's credit-repair pages on the real application: eligibility before the form, refusals explained on the
 * page with their status and the statement kept, the status page with its deadlines and progress reports.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PortalRepairPagesTest {

    static final byte[] PDF = "%PDF-1.4\n% material\n".getBytes(StandardCharsets.US_ASCII);

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
    RepairRepository repairs;

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
    void eligibilityComesBeforeTheFormWithTheReasonAndTheFirstPossibleDay() throws Exception {
        Listing listing = listingOfEnt2();
        String possibleFrom = day(listing.repairableFrom());
        String lastDay = day(listing.repairableFrom().minusSeconds(1));

        mvc.perform(get("/portal").with(as("ent2")))
                .andExpect(html(containsString("href=\"/portal/listings/" + listing.id() + "/repair\"")));
        mvc.perform(get("/portal/listings/" + listing.id() + "/repair").with(as("ent2")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("id=\"repair-not-eligible\""),
                        containsString("最短公示期尚未届满，" + possibleFrom + " 起方可申请信用修复"),
                        containsString("最短公示期于 " + lastDay + " 届满，" + possibleFrom + " 起可以申请"),
                        not(containsString("id=\"repair-form\"")))));
        mvc.perform(get("/portal/listings/" + listing.id() + "/repair").header("Accept-Language", "en").with(as("ent2")))
                .andExpect(html(allOf(containsString("You cannot apply for credit repair now"),
                        containsString("credit repair can be applied for from " + possibleFrom),
                        containsString("you can apply from " + possibleFrom))));

        clock.setTo(listing.repairableFrom());
        mvc.perform(get("/portal/listings/" + listing.id() + "/repair").with(as("ent2")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("id=\"repair-eligible\""),
                        containsString("id=\"repair-form\""), containsString("enctype=\"multipart/form-data\""),
                        containsString("信用修复承诺书"), containsString("身份证明"), containsString("履行义务证明"),
                        containsString("整改方案"), containsString("name=\"_csrf\""),
                        containsString("data-max-bytes=\"10485760\""),
                        containsString("src=\"/js/repair-wizard.js\""))));
    }

    @Test
    void refusalsAreExplainedOnTheWizardAndTheStatementIsKept() throws Exception {
        Listing listing = listingOfEnt2();
        String path = "/portal/listings/" + listing.id() + "/repair";

        mvc.perform(application(path, "ent2", true, "commitment", "identity", "performanceProof", "rectificationPlan"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(html(allOf(containsString("id=\"repair-error\""), containsString("最短公示期尚未届满"))));

        clock.setTo(listing.repairableFrom().plusSeconds(60));
        mvc.perform(application(path, "ent2", false, "commitment", "identity"))
                .andExpect(status().isBadRequest())
                .andExpect(html(allOf(containsString("id=\"repair-field-errors\""), containsString("请上传履行义务证明。"),
                        containsString("请上传整改方案。"), containsString("请勾选确认后再提交。"),
                        containsString("已缴清罚款，完成整改"))));
        MockMultipartHttpServletRequestBuilder notAPdf = application(path, "ent2", true, "commitment", "identity",
                "performanceProof");
        notAPdf.file(new MockMultipartFile("rectificationPlan", "plan.docx", "application/pdf",
                "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        mvc.perform(notAPdf)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(html(allOf(containsString("id=\"repair-error\""), containsString("plan.docx"),
                        containsString("已缴清罚款，完成整改"), containsString("checked=\"checked\""))));
        mvc.perform(application(path, "ent1", true, "commitment", "identity", "performanceProof", "rectificationPlan"))
                .andExpect(status().isNotFound())
                .andExpect(html(containsString("未找到名单")));
        assertThat(repairs.ofListing(listing.id())).isEmpty();
    }

    @Test
    void appliedRepairShowsItsDeadlinesAndTakesProgressReportsOnlyWhileRectifying() throws Exception {
        Listing listing = listingOfEnt2();
        clock.setTo(listing.repairableFrom().plusSeconds(60));
        String path = "/portal/listings/" + listing.id() + "/repair";

        String location = mvc.perform(application(path, "ent2", true, "commitment", "identity", "performanceProof",
                        "rectificationPlan"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Repair repair = repairs.ofListing(listing.id()).get(0);
        assertThat(location).isEqualTo("/portal/repairs/" + repair.id() + "?applied=1");
        assertThat(repair.status()).isEqualTo(RepairStatus.APPLIED);

        mvc.perform(get(location).with(as("ent2")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("id=\"portal-notice\""),
                        containsString("信用修复申请 " + repair.id() + " 已提交"),
                        containsString("data-status=\"APPLIED\""), containsString("data-kind=\"REPAIR_REVIEW\""),
                        containsString("信用修复审核期限"), containsString("plan.pdf"),
                        not(containsString("id=\"progress-form\"")))));
        mvc.perform(get(path).with(as("ent2")))
                .andExpect(html(allOf(containsString("id=\"repair-not-eligible\""), containsString("正在办理"),
                        containsString("href=\"/portal/repairs/" + repair.id() + "\""))));
        mvc.perform(progress(repair.id(), "ent2", "提前报告"))
                .andExpect(status().isConflict())
                .andExpect(html(allOf(containsString("id=\"progress-error\""), containsString("不在整改期"),
                        containsString("提前报告"))));
        mvc.perform(get("/portal/repairs/" + repair.id()).with(as("ent1"))).andExpect(status().isNotFound());

        completeTask("amr", "reviewRepair", repair.id(), "accept");
        mvc.perform(get("/portal/repairs/" + repair.id()).with(as("ent2")))
                .andExpect(html(allOf(containsString("data-status=\"RECTIFYING\""),
                        containsString("data-kind=\"RECTIFICATION\""), containsString("id=\"progress-form\""),
                        containsString("受理通知"))));
        mvc.perform(progress(repair.id(), "ent2", " "))
                .andExpect(status().isBadRequest());
        mvc.perform(progress(repair.id(), "ent2", "已完成员工培训"))
                .andExpect(redirectedUrl("/portal/repairs/" + repair.id() + "#progress"));
        mvc.perform(get("/portal/repairs/" + repair.id()).with(as("ent2")))
                .andExpect(html(allOf(containsString("id=\"progress-list\""), containsString("已完成员工培训"))));
    }

    @Test
    void refusedApplicationShowsItsReasonsAndTheSubjectMayApplyAgain() throws Exception {
        Listing listing = listingOfEnt2();
        clock.setTo(listing.repairableFrom().plusSeconds(60));
        String path = "/portal/listings/" + listing.id() + "/repair";
        mvc.perform(application(path, "ent2", true, "commitment", "identity", "performanceProof", "rectificationPlan"))
                .andExpect(status().is3xxRedirection());
        Repair repair = repairs.ofListing(listing.id()).get(0);

        completeTask("amr", "reviewRepair", repair.id(), "refuse", "履行义务证明不完整");

        mvc.perform(get("/portal/repairs/" + repair.id()).with(as("ent2")))
                .andExpect(html(allOf(containsString("data-status=\"REFUSED\""), containsString("id=\"repair-reason\""),
                        containsString("履行义务证明不完整"), containsString("信用修复申请不予受理"),
                        containsString("条件具备后可重新申请"))));
        mvc.perform(get(path).with(as("ent2")))
                .andExpect(html(allOf(containsString("id=\"repair-eligible\""), containsString("id=\"repair-form\""),
                        containsString("href=\"/portal/repairs/" + repair.id() + "\""))));
    }

    private Listing listingOfEnt2() throws Exception {
        long caseId = steps.listed("ENTERPRISE", ENT2, "滑县示例建材有限公司");
        return listings.findByCase(caseId).orElseThrow();
    }

    private MockMultipartHttpServletRequestBuilder application(String path, String account, boolean confirmed,
                                                               String... materials) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        for (String material : materials) {
            String name = material.equals("rectificationPlan") ? "plan.pdf" : material + ".pdf";
            request.file(new MockMultipartFile(material, name, "application/pdf", PDF));
        }
        request.param("statement", "已缴清罚款，完成整改");
        if (confirmed) {
            request.param("confirmed", "true");
        }
        request.with(as(account)).with(csrf());
        return request;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder progress(long repairId,
                                                                                                 String account,
                                                                                                 String text) {
        return post("/portal/repairs/" + repairId + "/progress").param("text", text).with(as(account)).with(csrf());
    }

    private void completeTask(String user, String taskKey, long caseId, String outcome) throws Exception {
        completeTask(user, taskKey, caseId, outcome, "");
    }

    private void completeTask(String user, String taskKey, long caseId, String outcome, String comment)
            throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").param("size", "200").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json,
                "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).as("task %s of case %s for %s", taskKey, caseId, user).hasSize(1);
        mvc.perform(post("/api/v1/tasks/" + ids.get(0) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"" + outcome + "\",\"comment\":\"" + comment + "\"}"))
                .andExpect(status().isNoContent());
    }

    private String day(Instant instant) {
        return instant.atZone(clock.zone()).toLocalDate().toString();
    }

    /** The page's HTML with every run of white space as one space. */
    private static ResultMatcher html(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat("page",
                result.getResponse().getContentAsString().replaceAll("\\s+", " "), matcher);
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
