package org.xinyong.workflow.work.web;

import org.xinyong.workflow.listing.web.ListingCaseFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.security.AppUserDetailsService;

/** The task list {@code /work}: only the user's groups' tasks, overdue in red, filters, claim and unclaim. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class TaskListPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;
    @Autowired
    BusinessClock clock;

    ListingCaseFixture cases;

    @BeforeEach
    void fixture() {
        cases = new ListingCaseFixture(mvc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void headSeesTheReviewTaskOfItsDepartmentAndAnotherDepartmentsHeadDoesNot() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        Element row = row(allPages("amr-head", ""), taskId);
        assertThat(row).as("amr-head's list has the review task").isNotNull();
        // the head's review is due within the rule set's headReview (issue 13 item 10), shown as its last day
        assertThat(row.text()).contains("部门负责人审核", "LISTING-" + caseId, ListingCaseFixture.ENT1, "示例企业",
                "待签收").doesNotContain("无期限").containsPattern(ListingCaseFixture.ENT1 + " \\d{4}年\\d{1,2}月\\d{1,2}日");
        assertThat(row.select("a[href=/work/cases/LISTING/" + caseId + "]")).isNotEmpty();
        assertThat(row.select("a[href=/work/tasks/" + taskId + "]")).isNotEmpty();

        assertThat(row(allPages("tax-head", ""), taskId)).as("tax-head's list").isNull();
        assertThat(row(allPages("amr", ""), taskId)).as("the caseworkers' list (the head reviews)").isNull();
    }

    @Test
    void taskPastItsDueDateIsMarkedOverdueWithTheDaysOverdue() throws Exception {
        String taskId = verifyStatementTask();
        Element onTime = row(allPages("amr", ""), taskId);
        assertThat(onTime.hasClass("app-overdue")).isFalse();
        assertThat(onTime.text()).doesNotContain("已逾期");

        clock.setTo(clock.now().plus(Duration.ofDays(30)));

        Element late = row(allPages("amr", ""), taskId);
        assertThat(late.hasClass("app-overdue")).isTrue();
        assertThat(late.hasClass("table-danger")).isTrue();
        assertThat(late.select(".badge.text-bg-danger").text()).matches("已逾期 \\d+ 天");
    }

    @Test
    void filtersByCaseTypeAndByDueDate() throws Exception {
        String taskId = verifyStatementTask();

        assertThat(row(allPages("amr", "caseType=LISTING&dueWithin=60"), taskId)).isNotNull();
        assertThat(row(allPages("amr", "dueWithin=2"), taskId)).as("due in 5 working days").isNull();
        assertThat(row(allPages("amr", "caseType=REPAIR"), taskId)).isNull();
        assertThat(row(allPages("amr", "dueBefore=" + clock.today().plusDays(60)), taskId)).isNotNull();
        assertThat(row(allPages("amr", "dueBefore=" + clock.today()), taskId)).isNull();

        Document filtered = Jsoup.parse(page("amr", "caseType=REPAIR&dueWithin=2"));
        assertThat(filtered.select("#filter-caseType option[selected]").attr("value")).isEqualTo("REPAIR");
        assertThat(filtered.select("#filter-dueWithin").attr("value")).isEqualTo("2");
        assertThat(filtered.select("#tasks-empty").text()).contains("没有符合筛选条件的任务");
    }

    /** Issue 19.7: {@code /work?dueWithin=abc} answered raw JSON; it is the page with the error on the form. */
    @Test
    void aFilterValueThatIsNoNumberIsAnErrorOnTheForm() throws Exception {
        Document page = Jsoup.parse(page("amr", "dueWithin=abc&dueBefore=31.12.2026&caseType=LISTING&page=x"));

        assertThat(page.select("#filter-errors").text()).contains("筛选条件有误",
                "“期限在几天内届满”须填写 0 至 366 之间的整数，“abc”不是整数。", "“截止日期不晚于”须为有效日期");
        assertThat(page.select("#filter-dueWithin").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#filter-dueWithin").attr("value")).isEqualTo("abc");
        assertThat(page.select("#filter-dueWithin").attr("aria-describedby")).contains("filter-dueWithin-error");
        assertThat(page.select("#filter-dueWithin-error")).hasSize(1);
        assertThat(page.select("#filter-dueBefore").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#filter-caseType").hasClass("is-invalid")).as("a valid value is kept").isFalse();
        assertThat(page.select("#filter-caseType option[selected]").attr("value")).isEqualTo("LISTING");
        assertThat(Jsoup.parse(page("amr", "caseType=LISTING")).select("#filter-errors")).isEmpty();
    }

    @Test
    void aFilterValueThatIsNoNumberIsAnErrorOnTheFormInEnglish() throws Exception {
        String english = page("amr", "lang=en&dueWithin=abc");

        assertThat(Jsoup.parse(english).select("#filter-errors").text())
                .contains("“Due within” takes a whole number of days from 0 to 366; “abc” is not one.");
    }

    @Test
    void claimAndUnclaimWithAMessage() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        mvc.perform(post("/work/tasks/" + taskId + "/claim").param("returnTo", "/work?caseType=LISTING")
                        .with(user(account("amr-head"))).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/work?caseType=LISTING"))
                .andExpect(flash().attribute(Flash.SUCCESS, Matchers.containsString("已签收")));
        Element claimed = row(allPages("amr-head", ""), taskId);
        assertThat(claimed.text()).contains("本人").doesNotContain("待签收");
        assertThat(claimed.select("form[action$=/unclaim]")).hasSize(1);

        mvc.perform(post("/work/tasks/" + taskId + "/unclaim").param("returnTo", "https://elsewhere.example/")
                        .with(user(account("amr-head"))).with(csrf()))
                .andExpect(redirectedUrl("/work"))
                .andExpect(flash().attribute(Flash.SUCCESS, Matchers.containsString("已取消签收")));
        assertThat(row(allPages("amr-head", ""), taskId).select("form[action$=/claim]")).hasSize(1);
    }

    @Test
    void claimingATaskOfAnotherDepartmentIsRefusedWithAMessage() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        mvc.perform(post("/work/tasks/" + taskId + "/claim").with(user(account("tax-head"))).with(csrf()))
                .andExpect(redirectedUrl("/work"))
                .andExpect(flash().attribute(Flash.ERROR, Matchers.containsString("未找到任务")));
    }

    @Test
    void onlyDepartmentCaseworkersAreOfferedToRecordAFinding() throws Exception {
        assertThat(Jsoup.parse(page("amr", "")).select("a#record-finding").attr("href")).isEqualTo("/work/cases/new");
        assertThat(Jsoup.parse(page("amr-head", "")).select("a#record-finding")).isEmpty();
        assertThat(Jsoup.parse(page("credit", "")).select("a#record-finding")).isEmpty();
    }

    @Test
    void englishListNamesTheTasksInEnglish() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        String taskId = cases.taskId("amr-head", "reviewByHead", caseId);

        Element row = row(allPages("amr-head", "lang=en"), taskId);

        assertThat(row.text()).contains("Review by the head of department", "Unclaimed")
                .containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4} Unclaimed")
                .doesNotContainPattern("部门负责人审核|待签收|年");
    }

    @Test
    void listIsPagedByTwentyWithTheTotal() throws Exception {
        while (total("amr-head") <= TaskListController.PAGE_SIZE) {
            cases.record(ListingCaseFixture.ENT2);
        }
        long total = total("amr-head");

        Document first = Jsoup.parse(page("amr-head", ""));
        assertThat(first.select("table#tasks tbody tr")).hasSize(TaskListController.PAGE_SIZE);
        assertThat(first.select("#task-total").text()).isEqualTo("共 " + total + " 项，当前显示第 1–20 项");
        assertThat(first.select(".pagination a.page-link").eachAttr("href")).contains("/work?page=2");
        assertThat(first.select(".pagination .active a").attr("aria-current")).isEqualTo("page");

        Document second = Jsoup.parse(page("amr-head", "page=2"));
        assertThat(second.select("#task-total").text()).startsWith("共 " + total + " 项，当前显示第 21–");
        assertThat(second.select("table#tasks tbody tr")).isNotEmpty();
    }

    private long total(String username) throws Exception {
        return Long.parseLong(mvc.perform(get("/api/v1/tasks").param("size", "1")
                        .with(httpBasic(username, "demo")))
                .andReturn().getResponse().getHeader("X-Total-Count"));
    }

    @Test
    void emptyListSaysSo() throws Exception {
        Document leader = Jsoup.parse(page("leader", ""));
        assertThat(leader.select("#tasks-empty").text()).contains("暂无待办任务");
        assertThat(leader.select("#task-total").text()).isEqualTo("共 0 项");
    }

    /** A verifyStatement task (due in the rule set's statementReply) of a new case, for amr. */
    private String verifyStatementTask() throws Exception {
        long caseId = cases.record(ListingCaseFixture.ENT1);
        cases.complete("amr-head", "reviewByHead", caseId, "approve");
        cases.serveNotice(caseId);
        cases.fileStatement("ent1", caseId, "已整改");
        return cases.taskId("amr", "verifyStatement", caseId);
    }

    private String page(String username, String query) throws Exception {
        return mvc.perform(get("/work?" + query).with(user(account(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Every page of the user's list (the shared test database holds other tests' tasks too). */
    private Document allPages(String username, String query) throws Exception {
        StringBuilder rows = new StringBuilder("<table>");
        for (int page = 1; page <= 50; page++) {
            Document html = Jsoup.parse(page(username, query + "&page=" + page));
            if (html.select("table#tasks").isEmpty()) {
                break;
            }
            html.select("table#tasks tbody tr").forEach(tr -> rows.append(tr.outerHtml()));
        }
        return Jsoup.parse(rows.append("</table>").toString());
    }

    private static Element row(Document list, String taskId) {
        return list.getElementById("task-" + taskId);
    }

    private UserDetails account(String username) {
        return people.loadUserByUsername(username);
    }
}
