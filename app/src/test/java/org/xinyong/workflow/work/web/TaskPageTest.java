package org.xinyong.workflow.work.web;

import org.xinyong.workflow.listing.web.ListingCaseFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyong.workflow.security.AppUserDetailsService;

/**
 * A task's page {@code /work/tasks/{id}}: the case, the form from {@code forms/}, the confirmation and the reasons a
 * negative outcome needs, and a clear answer for a task that is already done.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class TaskPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;

    ListingCaseFixture cases;

    @BeforeEach
    void fixture() {
        cases = new ListingCaseFixture(mvc);
    }

    @Test
    void reviewPageShowsTheCaseAndTheReviewFormWithItsOutcomes() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        Document page = Jsoup.parse(mvc.perform(get("/work/tasks/" + taskId).with(user(account("amr-head"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("部门负责人审核");
        assertThat(page.select("#case-summary-heading").text()).isEqualTo("案件概况");
        assertThat(page.text()).contains("示例企业", ListingCaseFixture.ENT1, "行政处罚决定书", "鹤市监罚〔2026〕15号",
                "严重破坏市场公平竞争秩序和社会正常秩序", "依法限制参加政府采购活动", "待负责人审核");
        Document form = Jsoup.parse(page.select("form#task-form").outerHtml());
        assertThat(form.select("form").attr("action")).isEqualTo("/work/tasks/" + taskId);
        assertThat(form.select("form").attr("data-confirm")).contains("不能撤回");
        assertThat(form.select("form").attr("data-reason-outcomes")).isEqualTo("reject");
        assertThat(form.select("input[name=outcome]").eachAttr("value")).containsExactly("approve", "reject");
        assertThat(form.select("label[for=outcome-approve]").text()).isEqualTo("同意");
        assertThat(form.select("label[for=outcome-reject]").text()).isEqualTo("退回");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("input[type=checkbox][name=confirmed]")).hasSize(1);
        assertThat(form.select("label[for=" + form.select("input[name=confirmed]").attr("id") + "]").text())
                .isEqualTo("我已核对，确认提交");
        assertThat(page.select("script[src=/js/work.js]")).hasSize(1);
    }

    @Test
    void completingNeedsTheConfirmationAndKeepsWhatWasTyped() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        Document page = submit(taskId, "approve", "依据充分，同意列入", null);

        assertThat(page.select("#confirmed-error").text()).isEqualTo("请勾选“我已核对，确认提交”后再提交。");
        assertThat(page.select("textarea[name=comment]").text()).isEqualTo("依据充分，同意列入");
        assertThat(page.select("input#outcome-approve").hasAttr("checked")).isTrue();
        assertThat(cases.taskId("amr-head", "reviewByHead", caseId)).as("still open").isEqualTo(taskId);
    }

    @Test
    void sendingBackNeedsReasons() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        Document page = submit(taskId, "reject", "   ", "true");

        assertThat(page.select("#comment-error").text()).isEqualTo("选择“退回”时必须填写理由。");
        assertThat(page.select("textarea[name=comment]").hasClass("is-invalid")).isTrue();
        assertThat(page.select("input#outcome-reject").hasAttr("checked")).isTrue();
        assertThat(cases.taskId("amr-head", "reviewByHead", caseId)).as("still open").isEqualTo(taskId);

        mvc.perform(completion(taskId, "reject", "认定依据不足", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/work"));
        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("NOT_LISTED"))
                .andExpect(jsonPath("$.history[?(@.action == 'TASK_COMPLETED')].detail",
                        Matchers.hasItem(Matchers.containsString("认定依据不足"))));
    }

    @Test
    void outcomeNotOfferedByTheTaskIsRefusedOnTheForm() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        Document page = submit(taskId, "publish", "", "true");

        assertThat(page.select("#outcome-error").text()).isEqualTo("请选择办理结果。");
    }

    @Test
    void approvedTaskGoesBackToTheListWithAMessageAndIsThenAnsweredAsDone() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        mvc.perform(completion(taskId, "approve", "", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/work"))
                .andExpect(flash().attribute(Flash.SUCCESS,
                        "已办结任务“部门负责人审核”（LISTING-" + caseId + "）：同意。"));
        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("NOTICE_PERIOD"));

        String again = mvc.perform(completion(taskId, "approve", "", "true"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        Document done = Jsoup.parse(again);
        assertThat(done.select("#task-unavailable").text()).as("the task's name, not its id (issue 19.7)")
                .isEqualTo("任务“部门负责人审核”已经办结。");
        assertThat(done.select("a#task-case-link").attr("href")).isEqualTo("/work/cases/LISTING/" + caseId);
        assertThat(done.select("a#task-case-link").text()).isEqualTo("查看案件 LISTING-" + caseId);
        assertThat(done.select("a[href=/work]")).isNotEmpty();
        assertThat(done.select("#app-user-name").text()).as("the layout knows the user").isNotEmpty();
        assertThat(again).doesNotContain("Exception", "at org.");

        Document shown = Jsoup.parse(mvc.perform(get("/work/tasks/" + taskId).with(user(account("amr-head"))))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        assertThat(shown.select("a#task-case-link").attr("href")).isEqualTo("/work/cases/LISTING/" + caseId);
    }

    @Test
    void verificationPageShowsTheSubjectsStatement() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        cases.serveNotice(caseId);
        cases.fileStatement("ent1", caseId, "处罚决定已被复议撤销");
        String taskId = cases.taskId("amr", "verifyStatement", caseId);

        Document page = Jsoup.parse(mvc.perform(get("/work/tasks/" + taskId).with(user(account("amr"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#statements").text()).contains("陈述申辩", "处罚决定已被复议撤销");
        assertThat(page.select("input[name=outcome]").eachAttr("value")).containsExactly("proceed", "drop");
        assertThat(page.select("label[for=outcome-drop]").text()).isEqualTo("不予认定");
        assertThat(page.select("#documents").text()).contains("失信告知书");
        assertThat(page.text()).contains("截止日期");
    }

    @Test
    void taskClaimedByAColleagueCanBeReadButNotSubmitted() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);
        mvc.perform(post("/work/tasks/" + taskId + "/claim").with(user(account("amr-head"))).with(csrf()))
                .andExpect(status().isFound());
        // a second head of the department: the caseworker account with the head group
        var colleague = user("amr").authorities(new SimpleGrantedAuthority("ROLE_STAFF"),
                new SimpleGrantedAuthority("GROUP_dept-amr-head"));

        Document page = Jsoup.parse(mvc.perform(get("/work/tasks/" + taskId).with(colleague))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#task-held").text()).contains("市场监管局负责人");
        assertThat(page.select("form#task-form")).isEmpty();

        String refused = mvc.perform(post("/work/tasks/" + taskId).param("outcome", "approve")
                        .param("confirmed", "true").with(colleague).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("#task-unavailable").text()).isEqualTo("该任务已由 amr-head 签收办理。");
    }

    @Test
    void taskOfAnotherDepartmentIsNotFound() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        mvc.perform(get("/work/tasks/" + taskId).with(user(account("tax-head"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/work/tasks/" + taskId).param("outcome", "approve").param("confirmed", "true")
                        .with(user(account("tax-head"))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private Document submit(String taskId, String outcome, String comment, String confirmed) throws Exception {
        return Jsoup.parse(mvc.perform(completion(taskId, outcome, comment, confirmed))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder completion(String taskId, String outcome, String comment,
                                                     String confirmed) {
        MockHttpServletRequestBuilder request = post("/work/tasks/" + taskId).param("outcome", outcome)
                .param("comment", comment).with(user(account("amr-head"))).with(csrf());
        return confirmed == null ? request : request.param("confirmed", confirmed);
    }

    private UserDetails account(String username) {
        return people.loadUserByUsername(username);
    }
}
