package org.xinyong.workflow.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyong.workflow.portal.web.ListingSteps.ENT1;
import static org.xinyong.workflow.portal.web.ListingSteps.ENT2;

import java.time.Instant;
import java.time.LocalDate;

import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.Listing;
import org.xinyong.workflow.listing.ListingRepository;
import org.xinyong.workflow.listing.ListingStatus;
import org.xinyong.workflow.notification.PortalInbox;
import org.xinyong.workflow.security.AppUserDetailsService;

/**
 * The enterprise portal on the real application: a case recorded and approved over the API by the department, then
 * seen, answered and followed by the enterprise in {@code /portal}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class PortalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    PortalInbox inbox;
    @Autowired
    AppUserDetailsService accounts;
    @Autowired
    ListingRepository listings;

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
    void noticeArrivesInTheInboxAndTheCaseShowsTheLastDayOfTheStatementWindow() throws Exception {
        long caseId = steps.recordEnterprise(ENT1);
        steps.approve(caseId);
        PortalInbox.Message notice = noticeOf(ENT1, caseId);
        String lastDay = steps.statementWindowLastDay(caseId);

        mvc.perform(get("/portal").with(as("ent1")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("id=\"inbox\""), containsString("id=\"records\""),
                        containsString("id=\"message-" + notice.id() + "\""),
                        containsString("失信告知书"),
                        containsString("id=\"message-" + notice.id() + "\" class=\"portal-message portal-unread\""),
                        containsString("id=\"message-" + notice.id() + "-mark-read\""),
                        containsString("id=\"portal-unread-count\""),
                        containsString("action=\"/portal/inbox/" + notice.id() + "/read\""),
                        containsString("id=\"case-" + caseId + "\""),
                        containsString("告知期"),
                        containsString("id=\"case-" + caseId + "-window\""),
                        containsString("请于 " + lastDay + "（含当日）前提交"),
                        containsString("id=\"statement-form-" + caseId + "\""),
                        containsString("鹤信用发〔2022〕1号 第四条第8项"),
                        containsString("src=\"/js/portal.js\""))));
    }

    /** Issue 19.12: inbox items and document names stayed Chinese in the English UI; the documents stay Chinese. */
    @Test
    void englishPortalNamesTheInboxItemsAndDocumentsInEnglish() throws Exception {
        long caseId = steps.recordEnterprise(ENT1);
        steps.approve(caseId);
        PortalInbox.Message notice = noticeOf(ENT1, caseId);

        org.jsoup.nodes.Document english = org.jsoup.Jsoup.parse(mvc.perform(get("/portal").param("lang", "en")
                .with(as("ent1"))).andReturn().getResponse().getContentAsString());
        org.jsoup.nodes.Element message = english.getElementById("message-" + notice.id());
        assertThat(message.select("h3").text()).contains("Notice of intended listing").doesNotContain("失信告知书");
        assertThat(message.select("p").text()).startsWith("Please read the notice of intended listing");
        assertThat(english.select("#case-" + caseId + " a[href^=/documents/]").first().text())
                .isEqualTo("Notice of intended listing");

        org.jsoup.nodes.Document chinese = org.jsoup.Jsoup.parse(mvc.perform(get("/portal").with(as("ent1")))
                .andReturn().getResponse().getContentAsString());
        assertThat(chinese.getElementById("message-" + notice.id()).select("h3").text()).contains("失信告知书");
        assertThat(chinese.getElementById("message-" + notice.id()).select("p").text())
                .isEqualTo(notice.body()).startsWith("请查阅失信告知书");
    }

    @Test
    void anotherEnterpriseSeesNothingOfIt() throws Exception {
        long caseId = steps.recordEnterprise(ENT1);
        steps.approve(caseId);
        PortalInbox.Message notice = noticeOf(ENT1, caseId);

        mvc.perform(get("/portal").with(as("ent2")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        not(containsString("id=\"message-" + notice.id() + "\"")),
                        not(containsString("id=\"case-" + caseId + "\"")),
                        not(containsString(ENT1)))));
        mvc.perform(statement(caseId, "ent2", "OBJECTION", "不是我们的案件", true))
                .andExpect(status().isNotFound())
                .andExpect(html(containsString("未找到认定案件 " + caseId)));
        mvc.perform(post("/portal/inbox/" + notice.id() + "/read").with(as("ent2")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(noticeOf(ENT1, caseId).isUnread()).isTrue();
        assertThat(steps.caseStatus(caseId)).isEqualTo("NOTICE_PERIOD");
    }

    @Test
    void statementFiledFromThePortalHandsTheCaseToVerification() throws Exception {
        long caseId = steps.recordEnterprise(ENT2);
        steps.approve(caseId);

        mvc.perform(statement(caseId, "ent2", "OBJECTION", "处罚决定已被复议撤销", true))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/portal#records"))
                .andExpect(flash().attribute("portalNotice", containsString("已提交提出异议（认定案件 " + caseId + "）")));

        assertThat(steps.caseStatus(caseId)).isEqualTo("STATEMENT_VERIFICATION");
        mvc.perform(get("/portal").with(as("ent2")))
                .andExpect(html(allOf(containsString("陈述申辩核实中"),
                        not(containsString("id=\"statement-form-" + caseId + "\"")))));
    }

    @Test
    void missingConfirmationOrTextShowsTheFormAgainWithTheError() throws Exception {
        long caseId = steps.recordEnterprise(ENT1);
        steps.approve(caseId);

        mvc.perform(statement(caseId, "ent1", "STATEMENT", "我方已于次日改正", false))
                .andExpect(status().isBadRequest())
                .andExpect(html(allOf(
                        containsString("id=\"statement-errors-" + caseId + "\""),
                        containsString("请勾选确认声明后再提交"),
                        containsString(">我方已于次日改正</textarea>"))));
        mvc.perform(statement(caseId, "ent1", "OBJECTION", "   ", true))
                .andExpect(status().isBadRequest())
                .andExpect(html(allOf(
                        containsString("id=\"statement-text-error-" + caseId + "\""),
                        containsString("请填写陈述申辩或异议的内容"),
                        containsString("value=\"OBJECTION\" id=\"kind-objection-" + caseId + "\" checked"))));
        mvc.perform(statement(caseId, "ent1", "STATEMENT", "长".repeat(StatementForm.MAX_TEXT + 1), true))
                .andExpect(status().isBadRequest())
                .andExpect(html(containsString("内容不能超过 4000 个字")));

        assertThat(steps.caseStatus(caseId)).isEqualTo("NOTICE_PERIOD");
    }

    @Test
    void afterTheWindowTheFormIsGoneAndAStatementIsRefusedAsTooLate() throws Exception {
        long caseId = steps.recordEnterprise(ENT1);
        steps.approve(caseId);
        steps.letTheWindowPass();

        mvc.perform(get("/portal").with(as("ent1")))
                .andExpect(html(allOf(containsString("id=\"case-" + caseId + "\""),
                        not(containsString("id=\"statement-form-" + caseId + "\"")),
                        not(containsString("id=\"case-" + caseId + "-window\"")))));
        mvc.perform(statement(caseId, "ent1", "STATEMENT", "迟到的陈述", true))
                .andExpect(status().isConflict())
                .andExpect(html(allOf(containsString("id=\"portal-error\""),
                        containsString("案件 " + caseId + " 的陈述申辩期限已过"))));
        assertThat(steps.caseStatus(caseId)).isEqualTo("AWAITING_PUBLICATION");
    }

    @Test
    void openingTheNoticeMarksItReadAndLeadsToTheDocument() throws Exception {
        long caseId = steps.recordEnterprise(ENT1);
        steps.approve(caseId);
        PortalInbox.Message notice = noticeOf(ENT1, caseId);

        mvc.perform(post("/portal/inbox/" + notice.id() + "/read").param("then", "pdf").with(as("ent1")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/documents/" + notice.documentId() + "/pdf"));

        assertThat(noticeOf(ENT1, caseId).isUnread()).isFalse();
        mvc.perform(get("/portal").with(as("ent1")))
                .andExpect(html(allOf(
                        containsString("href=\"/documents/" + notice.documentId() + "\""),
                        containsString("id=\"message-" + notice.id() + "\" class=\"portal-message\">"),
                        not(containsString("id=\"message-" + notice.id() + "-mark-read\"")))));
    }

    @Test
    void publishedListingShowsTheLastDayOfPublicationAndWhenRepairBecomesPossible() throws Exception {
        long caseId = steps.listed("ENTERPRISE", ENT1, "示例企业有限公司");
        Listing listing = listings.findByCase(caseId).orElseThrow();
        try {
            // due instants are 00:00 of the day after the last day (Asia/Shanghai)
            LocalDate lastDay = day(listing.publishUntil()).minusDays(1);
            LocalDate repairFrom = day(listing.repairableFrom());

            mvc.perform(get("/portal").with(as("ent1")))
                    .andExpect(html(allOf(
                            containsString("id=\"listing-" + listing.id() + "\""),
                            containsString("已列入名单"),
                            containsString(">" + lastDay + "</td>"),
                            containsString(">" + repairFrom + "</span>"),
                            containsString("最短公示期于 " + repairFrom.minusDays(1) + " 届满"))));
            mvc.perform(get("/portal").with(as("ent2")))
                    .andExpect(html(not(containsString("id=\"listing-" + listing.id() + "\""))));
            mvc.perform(get("/portal").with(as("ent1")))
                    .andExpect(html(allOf(containsString("id=\"listing-" + listing.id() + "-repair\""),
                            not(containsString("class=\"table-responsive\"")),
                            containsString("class=\"portal-date\" data-label=\"公示截止日\""))));
        } finally {
            // other tests expect the demo enterprise free of sanctions before they list it themselves
            listings.end(listing.id(), ListingStatus.REVOKED, "test over", clock.now());
        }
        // issue 19.11: an ended listing offers no credit repair
        mvc.perform(get("/portal").with(as("ent1")))
                .andExpect(html(allOf(containsString("id=\"listing-" + listing.id() + "\""),
                        not(containsString("id=\"listing-" + listing.id() + "-repair\"")),
                        containsString("id=\"listing-" + listing.id() + "-ended\""))));
    }

    /** The page's HTML with every run of white space as one space, so that assertions need not follow the layout. */
    private static ResultMatcher html(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat("page",
                result.getResponse().getContentAsString().replaceAll("\\s+", " "), matcher);
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(clock.zone()).toLocalDate();
    }

    private PortalInbox.Message noticeOf(String subjectCode, long caseId) {
        return inbox.of(subjectCode).stream()
                .filter(message -> message.caseId().equals(String.valueOf(caseId)) && message.title().equals("失信告知书"))
                .findFirst().orElseThrow();
    }

    private MockHttpServletRequestBuilder statement(long caseId, String account, String kind, String text,
                                                    boolean confirmed) {
        MockHttpServletRequestBuilder request = post("/portal/cases/" + caseId + "/statements")
                .with(as(account)).with(csrf())
                .param("kind", kind).param("text", text);
        return confirmed ? request.param("confirmed", "true") : request;
    }

    /**
     * Issue 14 (seed003 §二(四)1-2): the portal shows a minor record's follow-up with the day to correct the act by, and
     * a record raised to general after urging on the watch list, which is not the serious list.
     */
    @Test
    void followedUpRecordShowsItsDeadlineAndARaisedOneTheWatchList() throws Exception {
        String code = org.xinyong.workflow.listing.TestSubjects.enterpriseCode();
        RequestPostProcessor enterprise = user(new org.xinyong.workflow.security.AppUserDetails(
                new org.xinyong.workflow.security.AppUser("ent-portal-" + code, "x", "示例企业", null, true,
                        "ENTERPRISE", null, code, java.util.Set.of())));
        long caseId = steps.record("ENTERPRISE", code, "示例企业有限公司", "MINOR");
        steps.completeTask("amr-head", "reviewByHead", caseId, "approve");
        org.xinyong.workflow.support.FollowUpSteps.servedByPost(mvc, caseId, "CREDIT_REMINDER");

        mvc.perform(get("/portal").with(enterprise))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("id=\"case-" + caseId + "-followUp\""),
                        containsString("信用提醒整改期限"), containsString("信用提醒跟踪整改"),
                        containsString("id=\"watch-empty\""))));

        steps.completeTask("amr", "checkRectification", caseId, "fail");
        org.xinyong.workflow.support.FollowUpSteps.servedByPost(mvc, caseId, "URGING_NOTICE");
        steps.completeTask("amr", "checkAfterUrging", caseId, "fail");

        mvc.perform(get("/portal").with(enterprise))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("id=\"watch-list\""), containsString("portal-watch-ACTIVE"),
                        containsString("督促整改通知书"), containsString("失信行为上升为较重失信行为告知书"),
                        not(containsString("id=\"watch-empty\"")),
                        not(containsString("id=\"case-" + caseId + "-followUp\"")))));
    }

    private RequestPostProcessor as(String username) {
        UserDetails details = accounts.loadUserByUsername(username);
        return user(details);
    }
}
