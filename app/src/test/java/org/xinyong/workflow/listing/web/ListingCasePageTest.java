package org.xinyong.workflow.listing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.security.AppUserDetailsService;

/** A listing case's page {@code /work/cases/LISTING/{id}}: status, deadlines, documents, open tasks and timeline. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ListingCasePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;
    @Autowired
    AuditTrail audit;

    ListingCaseFixture cases;

    @BeforeEach
    void fixture() {
        cases = new ListingCaseFixture(mvc);
    }

    @Test
    void casePageShowsTheTimelineDeadlinesAndDocumentsOfTheNotice() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        cases.serveNotice(caseId);
        long noticeId = cases.documentIds(caseId).get(0);

        Document page = open("amr", caseId);

        assertThat(page.select("h1 .app-status").text()).isEqualTo("告知期");
        assertThat(page.select("#timeline li .fw-semibold").eachText())
                .startsWith("登记失信行为").contains("任务办结", "制发文书");
        assertThat(page.select("#timeline").text()).contains("市场监管局负责人").doesNotContain("查阅主体信息");
        assertThat(page.select("#deadlines").text()).contains("陈述申辩期限", "计时中");
        assertThat(page.select("#documents").text()).contains("失信告知书");
        assertThat(page.select("#documents a").eachAttr("href"))
                .containsExactly("/documents/" + noticeId, "/documents/" + noticeId + "/pdf");
        assertThat(page.select("#open-tasks").text()).contains("当前没有待办任务");
        assertThat(page.select("#case-summary-heading")).isNotEmpty();
    }

    /** Issue 19.12: the history's task names and the documents' names stayed Chinese in the English UI. */
    @Test
    void historyTaskNamesAndDocumentNamesFollowTheReadersLanguage() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        cases.serveNotice(caseId);

        Document chinese = open("amr", caseId);
        assertThat(chinese.select("#timeline").text()).contains("部门负责人审核：同意").doesNotContain(": approve");
        assertThat(chinese.select("#documents .fw-semibold").eachText()).contains("失信告知书");

        Document english = Jsoup.parse(mvc.perform(get("/work/cases/LISTING/" + caseId).param("lang", "en")
                        .with(user(account("amr"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(english.select("#timeline").text()).contains("Review by the head of department: Approve")
                .doesNotContain("部门负责人审核");
        assertThat(english.select("#documents .fw-semibold").eachText()).contains("Notice of intended listing");
    }

    /**
     * Issue 19.4: the history reads as sentences in the reader's language — the assessment, each status change, the
     * notice's service — and keeps decision versions, ids and instants for the audit log.
     */
    @Test
    void historyReadsAsSentencesWithoutTheTechnicalDetail() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        cases.serveNotice(caseId);

        String chinese = open("amr", caseId).select("#timeline").text();
        assertThat(chinese).contains("经评估为严重失信行为。", "状态由“待负责人审核”变为“告知期”。", "失信告知书已送达（邮寄送达，")
                .doesNotContain("decision severity:", "UNDER_REVIEW", "→", "delivered to", "#");

        String english = Jsoup.parse(mvc.perform(get("/work/cases/LISTING/" + caseId).param("lang", "en")
                        .with(user(account("amr"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("#timeline").text();
        assertThat(english).contains("Assessed as Serious.", "served (");
    }

    @Test
    void openTaskIsListedAndOfferedToThoseWhoMayWorkOnIt() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        assertThat(open("amr-head", caseId).select("#open-tasks a").attr("href")).isEqualTo("/work/tasks/" + taskId);
        Document forCaseworker = open("amr", caseId);
        assertThat(forCaseworker.select("#open-tasks").text()).contains("部门负责人审核", "待签收");
        assertThat(forCaseworker.select("#open-tasks a")).as("the head reviews, not the caseworker").isEmpty();
        assertThat(forCaseworker.select("h1 .app-status").text()).isEqualTo("待负责人审核");
    }

    @Test
    void viewingTheCaseIsAuditedButAnotherDepartmentDoesNotFindIt() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);

        open("credit", caseId);
        assertThat(audit.find(null, "LISTING-" + caseId, 0, 50))
                .anyMatch(entry -> entry.action().equals("SUBJECT_VIEWED") && entry.actor().equals("credit"));

        mvc.perform(get("/work/cases/LISTING/" + caseId).with(user(account("tax"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/work/cases/LISTING/" + caseId).with(user(account("ent1"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void closedCaseSaysWhy() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT2);
        cases.complete("amr-head", "reviewByHead", caseId, "reject");

        Document page = open("amr", caseId);
        assertThat(page.select("h1 .app-status").text()).isEqualTo("不予列入");
        assertThat(page.select("#close-reason").text()).contains("部门负责人审核未同意");
        assertThat(List.of(page.select("#documents").text())).noneMatch(text -> text.contains("失信告知书"));
    }

    private Document open(String username, long caseId) throws Exception {
        return Jsoup.parse(mvc.perform(get("/work/cases/LISTING/" + caseId).with(user(account(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private UserDetails account(String username) {
        return people.loadUserByUsername(username);
    }
}
