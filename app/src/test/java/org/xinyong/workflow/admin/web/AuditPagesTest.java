package org.xinyong.workflow.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyong.workflow.audit.AuditAction;
import org.xinyong.workflow.audit.AuditLog;
import org.xinyong.workflow.calendar.BusinessClock;

/** The audit log page {@code /admin/audit} and its CSV, and the user search on {@code /admin/users} (issue 19.13). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class AuditPagesTest extends AdminPageSupport {

    @Autowired
    AuditLog log;
    @Autowired
    BusinessClock clock;

    @Test
    void filtersBySubjectCaseActionActorAndDates() throws Exception {
        String subject = code();
        String caseA = "LISTING-" + (900_000_000L + (long) (Math.random() * 1_000_000));
        log.record(AuditAction.SUBJECT_VIEWED, subject, caseA, "viewed", null);
        log.record(AuditAction.DOCUMENT_ISSUED, subject, caseA, "notice issued", null);
        log.record(AuditAction.DOCUMENT_ISSUED, subject, "REPAIR-1", "decision issued", null);

        assertThat(rows(get("/admin/audit").param("subjectCode", subject.toLowerCase(Locale.ROOT)))).hasSize(3);
        assertThat(rows(get("/admin/audit").param("subjectCode", subject).param("action", "document_issued")))
                .hasSize(2);
        assertThat(rows(get("/admin/audit").param("caseRef", caseA.toLowerCase(Locale.ROOT)))).hasSize(2);
        assertThat(rows(get("/admin/audit").param("caseRef", caseA).param("action", "SUBJECT_VIEWED")))
                .singleElement().satisfies(row -> assertThat(row).contains("viewed", "system"));
        assertThat(rows(get("/admin/audit").param("subjectCode", subject).param("actor", "system"))).hasSize(3);
        assertThat(rows(get("/admin/audit").param("subjectCode", subject).param("actor", "amr"))).isEmpty();
        String today = clock.today().toString();
        String yesterday = clock.today().minusDays(1).toString();
        assertThat(rows(get("/admin/audit").param("subjectCode", subject).param("from", today).param("to", today)))
                .hasSize(3);
        assertThat(rows(get("/admin/audit").param("subjectCode", subject).param("to", yesterday))).isEmpty();
        assertThat(rows(get("/admin/audit").param("subjectCode", subject)
                .param("from", clock.today().plusDays(1).toString()))).isEmpty();
    }

    @Test
    void pagesFiftyAtATime() throws Exception {
        String subject = code();
        for (int i = 0; i < AuditPagesController.PAGE_SIZE + 1; i++) {
            log.record(AuditAction.SUBJECT_VIEWED, subject, null, "view " + i, null);
        }
        Document first = page(get("/admin/audit").param("subjectCode", subject));
        assertThat(first.select("#audit-entries tbody tr")).hasSize(AuditPagesController.PAGE_SIZE);
        assertThat(first.select("#audit-total").text()).isEqualTo("共 51 条，当前显示第 1–50 条");
        assertThat(first.select("#audit-entries tbody tr").first().text()).contains("view 50");
        String next = first.select("#audit-pager a.page-link").last().attr("href");
        Document second = page(get(java.net.URI.create(next)));
        assertThat(second.select("#audit-entries tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("view 0"));
    }

    @Test
    void csvHoldsTheFilteredEntriesWithABomAndOneHeaderRow() throws Exception {
        String subject = code();
        log.record(AuditAction.DOCUMENT_ISSUED, subject, "LISTING-5", "失信告知书, \"第 1 号\"\n已送达", null);
        log.record(AuditAction.SUBJECT_VIEWED, subject, "LISTING-5", "=cmd()", "核查");
        log.record(AuditAction.SUBJECT_VIEWED, code(), "LISTING-5", "another subject", null);

        MockHttpServletResponse response = mvc.perform(get("/admin/audit.csv").param("subjectCode", subject)
                        .with(user(account("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("audit-log.csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("序号,时间,操作人,操作,主体代码,案件,详情,用途,来源地址");
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains(",system,DOCUMENT_ISSUED," + subject + ",LISTING-5,\"失信告知书, \"\"第 1 号\"\"\n已送达\",")
                .contains(",system,SUBJECT_VIEWED," + subject + ",LISTING-5,'=cmd(),核查,")
                .doesNotContain("another subject");
        assertThat(csv.split("\r\n")[1]).contains("SUBJECT_VIEWED").as("newest first");

        String english = mvc.perform(get("/admin/audit.csv").param("subjectCode", subject).param("lang", "en")
                .with(user(account("admin")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english.substring(1).lines().findFirst().orElseThrow())
                .isEqualTo("No.,Time,Actor,Action,Subject code,Case,Detail,Purpose,Client address");
    }

    @Test
    void badFiltersAreFormErrorsAndTheCsvSendsBackToTheForm() throws Exception {
        Document page = page(get("/admin/audit").param("from", "abc").param("caseRef", "LISTING 5")
                .param("subjectCode", "<x>").param("page", "zz"));
        assertThat(page.select("#filter-errors li").eachAttr("id"))
                .containsExactly("filter-subjectCode-error", "filter-caseRef-error", "filter-from-error");
        assertThat(page.select("#filter-errors").text()).contains("abc", "<x>");
        assertThat(page(get("/admin/audit").param("from", "2026-05-02").param("to", "2026-05-01"))
                .select("#filter-range-error")).isNotEmpty();

        String location = mvc.perform(get("/admin/audit.csv").param("from", "abc").with(user(account("admin"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/admin/audit?from=abc");
    }

    @Test
    void onlyAdministratorsReadTheLog() throws Exception {
        for (String other : List.of("amr", "credit", "supervisor", "ent1")) {
            mvc.perform(get("/admin/audit").with(user(account(other)))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit.csv").with(user(account(other)))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
        assertThat(page(get("/admin")).select("#admin-audit").attr("href")).isEqualTo("/admin/audit");
    }

    @Test
    void usersAreFoundByUsernameDisplayNameAndDepartment() throws Exception {
        assertThat(userRows(get("/admin/users").param("q", "AMR"))).containsExactlyInAnyOrder("user-amr",
                "user-amr-head");
        assertThat(userRows(get("/admin/users").param("q", "税务局"))).containsExactlyInAnyOrder("user-tax",
                "user-tax-head");
        assertThat(userRows(get("/admin/users").param("department", "tax").param("q", "负责人")))
                .containsExactly("user-tax-head");
        Document none = page(get("/admin/users").param("q", "no-such-user-xyz"));
        assertThat(none.select("#users-empty")).isNotEmpty();
        assertThat(userRows(get("/admin/users"))).contains("user-amr", "user-tax", "user-ent1");
    }

    private List<String> userRows(MockHttpServletRequestBuilder request) throws Exception {
        return page(request).select("#users-table tbody tr").eachAttr("id");
    }

    private List<String> rows(MockHttpServletRequestBuilder request) throws Exception {
        return page(request).select("#audit-entries tbody tr").eachText();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(account("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** A subject code no other test uses. */
    private static String code() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase(Locale.ROOT);
    }
}
