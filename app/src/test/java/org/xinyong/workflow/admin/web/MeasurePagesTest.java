package org.xinyong.workflow.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.xinyong.workflow.audit.AuditEntry;
import org.xinyong.workflow.reference.MeasureCatalogue;
import org.xinyong.workflow.reference.MeasureDomain;
import org.xinyong.workflow.reference.SanctionMeasure;

/** The measure catalogue ({@code /admin/measures}): validation, add, edit, deactivation, audit, access. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class MeasurePagesTest extends AdminPageSupport {

    @Autowired
    MeasureCatalogue catalogue;

    /** The measures a test added; deactivated afterwards so that other tests see the shipped catalogue only. */
    private final List<String> added = new ArrayList<>();

    @AfterEach
    void withdrawAddedMeasures() {
        added.forEach(code -> catalogue.setActive(code, false));
    }

    @Test
    void catalogueListsTheShippedMeasures() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/admin/measures").with(user(account("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#measure-M-PROCUREMENT-BAN").text()).contains("强制");
    }

    @Test
    void missingTitleIsShownAtItsFieldWithTheValuesKept() throws Exception {
        Map<String, Object> form = measure(newCode());
        form.put("titleZh", " ");

        Document page = reshown("/admin/measures", form);

        assertThat(page.select("#titleZh").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#titleZh ~ .invalid-feedback").text()).isEqualTo("请填写措施名称。");
        assertThat(page.select("#form-errors a").eachAttr("href")).containsExactly("#titleZh");
        assertThat(page.select("#legalBasis").text()).isEqualTo("《测试条例》第十条");
        assertThat(page.select("#domain option[selected]").val()).isEqualTo("MARKET_ORDER");
        assertThat(catalogue.find(String.valueOf(form.get("code")))).isEmpty();
    }

    @Test
    void newMeasureIsAddedAndAuditedAndItsCodeCannotBeTakenAgain() throws Exception {
        String code = newCode();
        mvc.perform(postAsAdmin("/admin/measures", measure(code))).andExpect(redirectedUrl("/admin/measures"));

        assertThat(catalogue.findActive(code)).get().satisfies(measure -> {
            assertThat(measure.domain()).isEqualTo(MeasureDomain.MARKET_ORDER);
            assertThat(measure.mandatory()).isTrue();
        });
        assertThat(auditOf("measure:" + code)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("MEASURE_ADDED");
            assertThat(entry.actor()).isEqualTo("admin");
        });
        Document again = reshown("/admin/measures", measure(code));
        assertThat(again.select("#code ~ .invalid-feedback").text()).contains(code, "已被使用");
    }

    @Test
    void editingChangesTitleBasisKindAndDomainAndAuditsWhatChanged() throws Exception {
        String code = newCode();
        mvc.perform(postAsAdmin("/admin/measures", measure(code))).andExpect(status().isFound());
        Map<String, Object> form = measure(code);
        form.put("titleZh", "限制参加政府采购（修订）");
        form.put("legalBasis", "《测试条例》第十一条");
        form.put("domain", "ALL");
        form.remove("mandatory");

        mvc.perform(postAsAdmin("/admin/measures/" + code, form)).andExpect(redirectedUrl("/admin/measures/" + code));

        SanctionMeasure changed = catalogue.find(code).orElseThrow();
        assertThat(changed.title(Locale.CHINA)).isEqualTo("限制参加政府采购（修订）");
        assertThat(changed.legalBasis()).isEqualTo("《测试条例》第十一条");
        assertThat(changed.domain()).isEqualTo(MeasureDomain.ALL);
        assertThat(changed.mandatory()).isFalse();
        assertThat(auditOf("measure:" + code)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("MEASURE_CHANGED");
            assertThat(entry.detail()).contains("titleZh", "legalBasis", "domain: MARKET_ORDER -> ALL",
                    "mandatory: true -> false").doesNotContain("titleEn");
        });
    }

    @Test
    void deactivatedMeasureIsNoLongerOfferedButStillKnown() throws Exception {
        String code = newCode();
        mvc.perform(postAsAdmin("/admin/measures", measure(code))).andExpect(status().isFound());

        mvc.perform(postAsAdmin("/admin/measures/" + code + "/deactivate", Map.of()))
                .andExpect(redirectedUrl("/admin/measures/" + code));

        assertThat(catalogue.all()).extracting(SanctionMeasure::code).doesNotContain(code);
        assertThat(catalogue.findActive(code)).isEmpty();
        assertThat(catalogue.find(code)).as("cases that imposed it still show it").isPresent();
        Document list = Jsoup.parse(mvc.perform(get("/admin/measures").with(user(account("admin"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("#measure-" + code + " .app-measure-inactive")).hasSize(1);

        mvc.perform(postAsAdmin("/admin/measures/" + code + "/reactivate", Map.of())).andExpect(status().isFound());
        assertThat(catalogue.findActive(code)).isPresent();
        assertThat(auditOf("measure:" + code)).extracting(AuditEntry::action)
                .containsExactly("MEASURE_REACTIVATED", "MEASURE_DEACTIVATED", "MEASURE_ADDED");
    }

    @Test
    void onlyAdministratorsChangeTheCatalogue() throws Exception {
        mvc.perform(get("/admin/measures").with(user(account("amr")))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/measures/M-PROCUREMENT-BAN/deactivate").with(user(account("credit"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(catalogue.findActive("M-PROCUREMENT-BAN")).isPresent();
    }

    private String newCode() {
        String code = "M-TEST-" + unique("").toUpperCase(Locale.ROOT);
        added.add(code);
        return code;
    }

    private static Map<String, Object> measure(String code) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("code", code);
        form.put("titleZh", "限制参加政府采购");
        form.put("titleEn", "Restricted from government procurement");
        form.put("domain", "MARKET_ORDER");
        form.put("mandatory", "true");
        form.put("legalBasis", "《测试条例》第十条");
        form.put("issuingDepartment", "finance");
        form.put("source", "seed000 §五(四)");
        return form;
    }
}
