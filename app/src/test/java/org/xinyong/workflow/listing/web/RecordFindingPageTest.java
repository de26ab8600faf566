package org.xinyong.workflow.listing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyong.workflow.security.AppUserDetailsService;

/**
 * "Record a finding" ({@code /work/cases/new}, {@code POST /work/cases}): a case is created and the caseworker lands on
 * its page; what the request's constraints or the law refuse is shown on the form with the values kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class RecordFindingPageTest {

    static final String ENT1 = "91230400MA19XY0035";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserDetailsService people;

    @Test
    void formOffersTheLawsListsAndTheMeasureCatalogue() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/work/cases/new").with(user(account("amr"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("select#basisType option").eachAttr("value")).containsExactly("", "COURT_JUDGMENT",
                "ARBITRAL_AWARD", "ADMINISTRATIVE_PENALTY", "ADMINISTRATIVE_RULING", "OTHER_STATUTORY");
        assertThat(page.select("select#basisType option[value=ADMINISTRATIVE_PENALTY]").text()).isEqualTo("行政处罚决定书");
        assertThat(page.select("select#domain option").eachAttr("value")).containsExactly("", "LIFE_HEALTH",
                "MARKET_ORDER", "LEGAL_OBLIGATION", "NATIONAL_DEFENCE");
        assertThat(page.select(".app-measure[data-domain=ALL][data-mandatory=true] input[value=M-PROCUREMENT-BAN]"))
                .hasSize(1);
        assertThat(page.select(".app-measure:has(input[value=M-PROCUREMENT-BAN]) .badge").text()).isEqualTo("强制");
        assertThat(page.select("input[name=subjectType][checked]").attr("value")).isEqualTo("ENTERPRISE");
        assertThat(page.select("label[for=subjectCode]").text()).isNotEmpty();
        assertThat(page.text()).contains("市场监督管理局");
    }

    @Test
    void recordingCreatesTheCaseAndOpensItsPage() throws Exception {
        MvcResult result = mvc.perform(record(valid()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flashSuccess", Matchers.containsString("已登记失信行为")))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/work/cases/LISTING/\\d+");
        String caseId = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.subjectCode").value(ENT1))
                .andExpect(jsonPath("$.measures", Matchers.containsInAnyOrder("M-PROCUREMENT-BAN", "M-BID-DISQUALIFY")))
                .andExpect(jsonPath("$.recordedBy").value("amr"));
        mvc.perform(get(location).with(user(account("amr")))).andExpect(status().isOk());
    }

    @Test
    void wrongCreditCodeIsShownAtItsFieldWithTheValuesKept() throws Exception {
        Map<String, String> form = valid();
        form.put("subjectCode", "91230400MA19XY0036");

        Document page = reshown(form);

        assertThat(page.select("#subjectCode").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#subjectCode").val()).isEqualTo("91230400MA19XY0036");
        assertThat(page.select("#subjectCode ~ .invalid-feedback").text()).contains("校验码");
        assertThat(page.select("#record-errors a[href=#subjectCode]").text()).contains("校验码");
        assertThat(page.select("#subjectName").val()).isEqualTo("鹤岗市示例商贸有限公司");
        assertThat(page.select("#facts").text()).isEqualTo("串通投标，扰乱招标投标秩序");
        assertThat(page.select("#domain option[selected]").val()).isEqualTo("MARKET_ORDER");
        assertThat(page.select("input[name=measures][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("M-PROCUREMENT-BAN", "M-BID-DISQUALIFY");
    }

    @Test
    void basisThatIsNotALegallyEffectiveDocumentIsRefusedOnTheForm() throws Exception {
        Map<String, String> form = valid();
        form.put("basisType", "NOTICE_OF_INVESTIGATION");

        Document page = reshown(form);

        assertThat(page.select("#basisType").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#basisType ~ .invalid-feedback").text()).contains("不是发生法律效力的文书");
        assertThat(page.select("#basisNumber").val()).isEqualTo("鹤市监罚〔2026〕15号");
    }

    @Test
    void summaryProcedurePenaltyIsRefusedAndMissingFieldsAreNamed() throws Exception {
        Map<String, String> form = valid();
        form.put("summaryProcedure", "true");
        assertThat(reshown(form).select("#record-errors").text()).contains("简易程序");

        Map<String, String> empty = valid();
        empty.put("subjectName", "");
        empty.put("basisDate", "2026-13-45");
        empty.remove("measures");
        Document page = reshown(empty);
        assertThat(page.select("#subjectName").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#subjectName ~ .invalid-feedback").text()).isEqualTo("请填写主体名称或姓名。");
        assertThat(page.select("#record-errors a[href=#subjectName]").text())
                .isEqualTo("主体名称或姓名：请填写主体名称或姓名。");
        assertThat(page.select("#basisDate ~ .invalid-feedback").text()).isEqualTo("请按“年-月-日”填写文书日期。");
        assertThat(page.select("#record-errors a[href=#measures]").text()).isEqualTo("惩戒措施：请至少选择一项惩戒措施。");
        assertThat(page.select("#record-errors a").eachAttr("href")).as("in the order of the form")
                .containsExactly("#subjectName", "#basisDate", "#measures");
    }

    @Test
    void onlyCaseworkersOfADepartmentMayRecord() throws Exception {
        mvc.perform(get("/work/cases/new").with(user(account("amr-head")))).andExpect(status().isForbidden());
        mvc.perform(get("/work/cases/new").with(user(account("credit")))).andExpect(status().isForbidden());
        mvc.perform(record(valid()).with(user(account("amr-head")))).andExpect(status().isForbidden());
    }

    /**
     * Issue 14: the form shows the assessed severity and the handling it leads to before anything is recorded; the
     * values typed stay, and recording afterwards is one more click.
     */
    @Test
    void checkingTheHandlingShowsTheAssessmentAndRecordsNothing() throws Exception {
        String subject = org.xinyong.workflow.listing.TestSubjects.enterpriseCode();
        Map<String, String> form = valid();
        form.put("subjectCode", subject);
        form.put("severity", "MINOR");
        form.put("preview", "true");

        Document page = reshown(form);

        assertThat(page.select("#record-preview-severity").text()).contains("轻微");
        assertThat(page.select("#record-preview-handling").text()).contains("信用提醒", "不列入严重失信主体名单");
        assertThat(page.select("#record-preview-open")).isEmpty();
        assertThat(page.select("#subjectCode").val()).isEqualTo(subject);
        assertThat(page.select("#severity option[selected]").val()).isEqualTo("MINOR");
        mvc.perform(get("/api/v1/records").param("subjectCode", subject).with(httpBasic("amr", "demo")))
                .andExpect(jsonPath("$", org.hamcrest.Matchers.hasSize(0)));

        form.remove("preview");
        form.put("severity", "GENERAL");
        mvc.perform(record(form)).andExpect(status().isFound());
        form.put("preview", "true");
        Document again = reshown(form);
        assertThat(again.select("#record-preview-handling").text()).contains("重点关注名单");
        assertThat(again.select("#record-preview-open").text()).contains("1 件未办结");
    }

    private Document reshown(Map<String, String> form) throws Exception {
        return Jsoup.parse(mvc.perform(record(form))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private MockHttpServletRequestBuilder record(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/work/cases").with(user(account("amr"))).with(csrf());
        form.forEach((name, value) -> {
            if (name.equals("measures")) {
                request.param(name, value.split(","));
            } else {
                request.param(name, value);
            }
        });
        return request;
    }

    private static Map<String, String> valid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("subjectType", "ENTERPRISE");
        form.put("subjectCode", ENT1.toLowerCase());
        form.put("subjectName", "鹤岗市示例商贸有限公司");
        form.put("basisType", "ADMINISTRATIVE_PENALTY");
        form.put("basisNumber", "鹤市监罚〔2026〕15号");
        form.put("basisDate", "2026-01-05");
        form.put("domain", "MARKET_ORDER");
        form.put("severity", "SERIOUS");
        form.put("facts", "串通投标，扰乱招标投标秩序");
        form.put("measures", "M-PROCUREMENT-BAN,M-BID-DISQUALIFY");
        return form;
    }

    private UserDetails account(String username) {
        return people.loadUserByUsername(username);
    }
}
