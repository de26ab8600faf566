package org.xinyong.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.dashboard.DashboardFixture.Seeded;
import org.xinyong.workflow.security.AppUserDetailsService;

import com.jayway.jsonpath.JsonPath;

/**
 * The dashboard page, its chart data and CSV files through the web layer and security, over {@link DashboardFixture};
 * and the supervisor's read-only access to the case pages it links to.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DashboardPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    BusinessClock clock;

    DashboardFixture fixture;
    Seeded seeded;

    @BeforeEach
    void seed() {
        fixture = new DashboardFixture(jdbc, engine, clock);
        seeded = fixture.seed();
    }

    @AfterEach
    void cleanUp() {
        fixture.removeProcesses(seeded);
        clock.reset();
    }

    @Test
    void supervisorSeesFiguresOverdueRowsInRedAndLinksToCasePagesButNoSubjectNames() throws Exception {
        Document page = page("/dashboard?department=" + seeded.department(), "supervisor");

        assertThat(page.select("#summary-due3").text()).isEqualTo("1");
        assertThat(page.select("#summary-due7").text()).isEqualTo("2");
        assertThat(page.select("#summary-overdue-tasks").text()).isEqualTo("2");
        assertThat(page.select("#summary-overdue-deadlines").text()).isEqualTo("2");
        assertThat(page.select("#filter-department option[selected]").val()).isEqualTo(seeded.department());
        assertThat(page.select("#table-overdue-tasks tbody tr.table-danger")).hasSize(2);
        assertThat(page.select("#table-overdue-tasks tbody tr").first().text())
                .contains("LISTING-" + seeded.overdue3DaysCase(), "2026-06-12", "超期 3 天");
        assertThat(page.select("#table-overdue-tasks a.dashboard-case-link").first().attr("href"))
                .isEqualTo("/work/cases/LISTING/" + seeded.overdue3DaysCase());
        assertThat(page.select("#table-overdue-deadlines tbody tr").first().text())
                .contains("OBJECTION-" + seeded.objectionO1(), "异议核实期限", "超期 16 天");
        assertThat(page.select("#table-objection-compliance tbody tr")).hasSize(2);
        assertThat(page.select("#table-repair-durations tfoot").text()).contains("全部部门", "59.8", "90.0");
        assertThat(page.select("#table-listings tbody tr")).hasSize(12);
        // issue 14: records by severity and handling, by the records API's rule (the fixture's eight serious findings)
        assertThat(page.select("#records-SERIOUS-PENDING_REVIEW td").eachText()).containsExactly("严重", "待负责人审核", "1");
        assertThat(page.select("#records-SERIOUS-LISTING td").eachText()).containsExactly("严重", "严重失信主体名单认定", "7");
        assertThat(page.select("canvas[data-chart]")).hasSize(4);
        assertThat(page.select("p.dashboard-chart-empty[hidden]")).as("a 'no data' note per chart, shown by script")
                .hasSize(4).allMatch(note -> note.text().equals("暂无数据"));
        assertThat(page.select("#chart-openCases-empty")).hasSize(1);
        assertThat(page.select("#dashboard-charts").attr("data-source"))
                .isEqualTo("/dashboard/data.json?department=" + seeded.department());
        assertThat(page.select("#csv-overdue-tasks").attr("href"))
                .isEqualTo("/dashboard/overdue-tasks.csv?department=" + seeded.department());
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/dashboard.js")
                .anyMatch(src -> src.startsWith("/webjars/chart.js/") && src.endsWith("/dist/chart.umd.js"));
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        assertThat(page.html()).doesNotContain("看板测试主体");
    }

    @Test
    void englishPageAndAdministratorWithoutCaseLinks() throws Exception {
        Document page = page("/dashboard?lang=en&department=" + seeded.department(), "admin");

        assertThat(page.select("#overdue-heading").text()).isEqualTo("Overdue tasks");
        assertThat(page.select("#table-overdue-tasks tbody tr").first().text()).contains("3 days over");
        assertThat(page.select("#table-overdue-tasks a")).as("admin may not open case pages").isEmpty();
    }

    @Test
    void chartDataFollowTheFilters() throws Exception {
        String json = mvc.perform(get("/dashboard/data.json").param("department", seeded.department())
                        .with(user(account("credit"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(JsonPath.<String>read(json, "$.openCases.labels[0]")).isEqualTo("看板测试局" + seeded.department());
        assertThat(JsonPath.<Integer>read(json, "$.openCases.datasets[0].data[0]")).isEqualTo(5);
        assertThat(JsonPath.<String>read(json, "$.openCases.datasets[0].label")).isEqualTo("名单认定");
        assertThat(JsonPath.<Double>read(json, "$.compliance.datasets[0].data[10]")).isEqualTo(50.0);
        assertThat(JsonPath.<Integer>read(json, "$.listings.datasets[1].data[11]")).isEqualTo(1);
        assertThat(JsonPath.<Double>read(json, "$.repairs.datasets[1].data[0]")).isEqualTo(59.8);
        assertThat(JsonPath.<Boolean>read(json, "$.openCases.wholeNumbers")).isTrue();
        assertThat(JsonPath.<Boolean>read(json, "$.openCases.empty")).isFalse();
    }

    @Test
    void csvFilesAreUtf8WithAByteOrderMarkAndUnknownTablesAreNotFound() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/dashboard/open-cases.csv")
                        .param("department", seeded.department()).param("lifecycle", "OBJECTION")
                        .with(user(account("supervisor"))))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", "dashboard-open-cases.csv");
        byte[] body = csv.getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String department = "看板测试局" + seeded.department();
        assertThat(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "案件类型,阶段,部门,数量\r\n"
                        + "异议处理,待补充证据（暂停计时）," + department + ",1\r\n"
                        + "异议处理,核实中," + department + ",1\r\n");

        mvc.perform(get("/dashboard/no-such-table.csv").with(user(account("supervisor"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void departmentsAndSubjectsCannotReadTheDashboard() throws Exception {
        for (String account : new String[] {"amr", "ent1", "checker"}) {
            mvc.perform(get("/dashboard/data.json").with(user(account(account)))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/open-cases.csv").with(user(account(account))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void supervisorReadsCasePagesButNeitherTheTaskListNorAnyForm() throws Exception {
        Document listingCase = page("/work/cases/LISTING/" + seeded.overdue3DaysCase(), "supervisor");
        assertThat(listingCase.select(".breadcrumb a").eachAttr("href")).as("back to the dashboard, not /work")
                .containsExactly("/dashboard");
        mvc.perform(get("/work/cases/OBJECTION/" + seeded.objectionO1()).with(user(account("supervisor"))))
                .andExpect(status().isOk());
        mvc.perform(get("/work/cases/REPAIR/" + seeded.repairR3()).with(user(account("supervisor"))))
                .andExpect(status().isOk());
        mvc.perform(get("/work").with(user(account("supervisor")))).andExpect(status().isForbidden());
        mvc.perform(post("/work/cases/OBJECTION/" + seeded.objectionO1() + "/evidence-requests")
                        .param("note", "x").with(user(account("supervisor"))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private Document page(String path, String username) throws Exception {
        String html = mvc.perform(get(path).with(user(account(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private UserDetails account(String username) {
        return people.loadUserByUsername(username);
    }
}
