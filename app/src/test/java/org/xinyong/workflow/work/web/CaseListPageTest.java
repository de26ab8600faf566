package org.xinyong.workflow.work.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyong.workflow.audit.AuditTrail;
import org.xinyong.workflow.cases.CaseKinds;
import org.xinyong.workflow.cases.CaseRef;
import org.xinyong.workflow.security.AppUserDetailsService;
import org.xinyong.workflow.security.AppUserDetails;
import org.xinyong.workflow.security.CurrentUser;

import com.jayway.jsonpath.JsonPath;

/** The case list {@code /work/cases} (issue 19.2): search, the department rule, paging, form errors. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class CaseListPageTest {

    static final String ENT1 = "91230400MA19XY0035";
    static final String ENT2 = "91410526MA3X00004Y";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;
    @Autowired
    AuditTrail audit;
    @Autowired
    CaseKinds kinds;

    @Test
    void caseworkerFindsItsDepartmentsCaseByCodeAndNumberButNotAnotherDepartments() throws Exception {
        String name = unique("本部门企业");
        String otherName = unique("他部门企业");
        long own = record("amr", ENT1, name);
        long other = record("tax", ENT2, otherName);

        Document byName = open("amr", get("/work/cases").param("subject", name));
        assertThat(byName.select("#cases tbody tr").eachAttr("id")).containsExactly("case-LISTING-" + own);
        assertThat(byName.select("#cases a.app-case-link").attr("href")).isEqualTo("/work/cases/LISTING/" + own);

        Document byCode = open("amr", get("/work/cases").param("subject", ENT1.substring(0, 12).toLowerCase()));
        assertThat(byCode.select("#cases tbody tr").eachAttr("id")).contains("case-LISTING-" + own)
                .doesNotContain("case-LISTING-" + other);
        assertThat(byCode.select("#cases").text()).contains(name).doesNotContain(otherName);

        Document byNumber = open("amr", get("/work/cases").param("number", "listing-" + own));
        assertThat(byNumber.select("#cases tbody tr").eachAttr("id")).containsExactly("case-LISTING-" + own);
        assertThat(byNumber.select("#cases .app-status").text()).isEqualTo("待负责人审核");

        assertThat(open("amr", get("/work/cases").param("subject", otherName)).select("#cases tbody tr")).isEmpty();
        assertThat(open("amr", get("/work/cases").param("number", "LISTING-" + other)).select("#cases-empty"))
                .isNotEmpty();
        assertThat(open("amr", get("/work/cases")).select("#cases tbody tr").eachAttr("id"))
                .doesNotContain("case-LISTING-" + other);

        assertThat(audit.find(ENT1, null, 0, 5000)).anyMatch(entry -> entry.action().equals("CASE_LIST_VIEWED")
                && entry.actor().equals("amr") && entry.detail().contains("LISTING-" + own));
    }

    @Test
    void creditOfficeAndSupervisorsSeeEveryDepartmentsCases() throws Exception {
        String name = unique("共查企业");
        long own = record("amr", ENT1, name);
        long other = record("tax", ENT2, name);

        for (String reader : new String[] {"credit", "supervisor"}) {
            Document page = open(reader, get("/work/cases").param("subject", name));
            assertThat(page.select("#cases tbody tr").eachAttr("id")).as(reader)
                    .containsExactlyInAnyOrder("case-LISTING-" + own, "case-LISTING-" + other);
            for (String id : page.select("#cases tbody tr").eachAttr("id")) {
                CaseRef ref = CaseRef.fromBusinessKey(id.substring("case-".length())).orElseThrow();
                assertThat(kinds.mayView(viewer(reader), ref)).isTrue();
            }
        }
        Document amr = open("amr", get("/work/cases").param("subject", name));
        for (String id : amr.select("#cases tbody tr").eachAttr("id")) {
            CaseRef ref = CaseRef.fromBusinessKey(id.substring("case-".length())).orElseThrow();
            assertThat(kinds.mayView(viewer("amr"), ref))
                    .as("the list shows only what the case page lets the user open").isTrue();
        }
    }

    @Test
    void filtersByTypeAndStatusAndPages() throws Exception {
        String name = unique("分页企业");
        for (int i = 0; i < CaseListController.PAGE_SIZE + 1; i++) {
            record("amr", ENT1, name);
        }
        Document first = open("amr", get("/work/cases").param("subject", name));
        assertThat(first.select("#cases tbody tr")).hasSize(CaseListController.PAGE_SIZE);
        assertThat(first.select("#case-total").text()).isEqualTo("共 21 件，当前显示第 1–20 件");
        String next = first.select("#case-pager a.page-link").last().attr("href");
        assertThat(next).contains("page=2");
        Document second = open("amr", get(java.net.URI.create(next)));
        assertThat(second.select("#cases tbody tr")).hasSize(1);
        assertThat(second.select("#cases tbody tr").eachAttr("id"))
                .doesNotContainAnyElementsOf(first.select("#cases tbody tr").eachAttr("id"));

        assertThat(open("amr", get("/work/cases").param("subject", name).param("caseType", "LISTING")
                .param("status", "UNDER_REVIEW").param("state", "open")).select("#cases tbody tr"))
                .hasSize(CaseListController.PAGE_SIZE);
        assertThat(open("amr", get("/work/cases").param("subject", name).param("caseType", "OBJECTION"))
                .select("#cases-empty")).isNotEmpty();
        assertThat(open("amr", get("/work/cases").param("subject", name).param("state", "closed"))
                .select("#cases-empty")).isNotEmpty();
    }

    @Test
    void badFilterValuesAreFormErrorsAndLikeWildcardsAreLiteral() throws Exception {
        Document page = open("amr", get("/work/cases").param("number", "abc").param("caseType", "NOPE")
                .param("status", "<b>x</b>").param("state", "maybe").param("page", "x"));
        assertThat(page.select("#filter-errors li").eachAttr("id")).containsExactly("filter-number-error",
                "filter-caseType-error", "filter-status-error", "filter-state-error");
        assertThat(page.select("#filter-number").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#filter-errors").text()).contains("abc", "<b>x</b>");

        assertThat(open("amr", get("/work/cases").param("subject", "%")).select("#cases-empty")).isNotEmpty();
        assertThat(open("amr", get("/work/cases").param("subject", "_")).select("#cases-empty")).isNotEmpty();
    }

    @Test
    void enterprisesAndAdministratorsDoNotGetTheList() throws Exception {
        mvc.perform(get("/work/cases").with(user(people.loadUserByUsername("ent1")))).andExpect(status().isForbidden());
        mvc.perform(get("/work/cases").with(user(people.loadUserByUsername("admin")))).andExpect(status().isForbidden());
        assertThat(open("amr", get("/work")).select("#work-cases-link").attr("href")).isEqualTo("/work/cases");
        assertThat(open("supervisor", get("/work/cases")).select("#app-nav-cases.active")).isNotEmpty();
    }

    private CurrentUser viewer(String username) {
        return ((AppUserDetails) people.loadUserByUsername(username)).currentUser();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private long record(String user, String subjectCode, String subjectName) throws Exception {
        String body = """
                {"subjectType":"ENTERPRISE","subjectCode":"%s","subjectName":"%s","basisType":"ADMINISTRATIVE_PENALTY",
                 "basisNumber":"鹤市监罚〔2026〕15号","basisDate":"2026-01-05","domain":"MARKET_ORDER","severity":"SERIOUS",
                 "facts":"串通投标","measures":["M-PROCUREMENT-BAN"]}
                """.formatted(subjectCode, subjectName);
        String json = mvc.perform(post("/api/v1/listing-cases").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private Document open(String username, MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(people.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
