package org.xinyong.workflow.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every administration page renders in Chinese (default) and English with every text found in the bundles. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class AdminPagesLanguageTest extends AdminPageSupport {

    static final List<String> PAGES = List.of("/admin", "/admin/users", "/admin/users/new", "/admin/users/amr",
            "/admin/users/amr/disable", "/admin/calendar?year=2026", "/admin/calendar/days/2026-10-01",
            "/admin/calendar/days/2026-10-01/delete", "/admin/rulesets", "/admin/rulesets/national-2026",
            "/admin/rulesets/new", "/admin/measures", "/admin/measures/new", "/admin/measures/M-PROCUREMENT-BAN");

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void everyPageHasAllItsTexts(String language) throws Exception {
        for (String path : PAGES) {
            String separator = path.contains("?") ? "&" : "?";
            String html = mvc.perform(get(path + separator + "lang=" + language).with(user(account("admin"))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(page.text()).as(path + " in " + language).doesNotContain("??");
            assertThat(page.select("h1").text()).as(path).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/users", "/admin/calendar?year=2026", "/admin/rulesets", "/admin/measures"})
    void englishPagesSpeakEnglish(String path) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        Document page = Jsoup.parse(mvc.perform(get(path + separator + "lang=en").with(user(account("admin"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("thead").text()).matches("[\\x20-\\x7E]+");
    }
}
