package org.xinyong.workflow.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.rules.RuleSetRepository;
import org.xinyong.workflow.rules.StoredRuleSet;
import org.xinyong.workflow.rules.RuleSets;

/** Rule sets ({@code /admin/rulesets}): viewing, adding a successor with a later effective date, audit, access. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class RuleSetPagesTest extends AdminPageSupport {

    @Autowired
    RuleSetRepository repository;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    BusinessClock clock;
    @Autowired
    ObjectMapper json;

    @Test
    void listShowsTheShippedSetsAndWhichIsInForce() throws Exception {
        Document page = page("/admin/rulesets");
        assertThat(page.select("#ruleset-seeds-default").text()).contains("2014-01-01");
        assertThat(page.select("#ruleset-national-2026").text()).contains("2026-04-01");
        // one chain: the national set took over from the seeds' set on 2026-04-01 (issue 19.13: one "现行" only)
        assertThat(page.select("#ruleset-national-2026 .app-ruleset-in-force")).hasSize(1);
        assertThat(page.select("#ruleset-seeds-default .app-ruleset-in-force")).isEmpty();
        assertThat(page.select(".app-ruleset-in-force")).hasSize(1);
    }

    @Test
    void setIsShownWithItsValuesAndSourcesAndOffersASuccessorNotAnEdit() throws Exception {
        Document page = page("/admin/rulesets/seeds-default");
        assertThat(page.select("#value-objectionVerification").text()).contains("异议核查期限", "20日", "seed000");
        assertThat(page.select("#value-publicationPeriod-SERIOUS").text()).contains("严重");
        assertThat(page.select("#value-repairDecidingBody").text()).contains("领导小组", "seed003");
        assertThat(page.select("#value-publicationLimit").text()).contains("7", "seed004");
        assertThat(page.select("#value-reminderLead-OBJECTION_VERIFICATION").text()).contains("异议核实期限", "5");
        assertThat(page.select("form[method=post]")).as("only the navbar's sign-out").hasSize(1);
        assertThat(page.select("#ruleset-successor").attr("href")).isEqualTo("/admin/rulesets/new?from=seeds-default");

        Document draft = page("/admin/rulesets/new?from=seeds-default");
        assertThat(draft.select("#content").text()).contains("\"effectiveFrom\" : \"" + clock.today().plusDays(1));
    }

    @Test
    void effectiveDateTodayOrInThePastIsRefusedWithTheDocumentKept() throws Exception {
        String document = ruleSet(unique("past-"), "default", clock.today());

        Document page = reshown("/admin/rulesets", Map.of("content", document, "confirmed", "true"));

        assertThat(page.select("#content").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#content ~ .invalid-feedback").text()).contains("不晚于今天");
        assertThat(page.select("#content").text()).contains("\"title\"");
        assertThat(repository.ofSeries("default")).extracting(StoredRuleSet::id)
                .containsExactlyInAnyOrder("seeds-default", "national-2026");
    }

    @Test
    void newSetWithALaterDateIsAddedAuditedAndScheduledAndItsDateCannotBeTakenTwice() throws Exception {
        String series = unique("series-");
        String id = series + "-a";
        LocalDate later = clock.today().plusDays(400);

        Document preview = reshown("/admin/rulesets", Map.of("content", ruleSet(id, series, later)));
        assertThat(preview.select("#ruleset-preview").text()).contains(id, later.toString(), "不能修改");
        assertThat(preview.select("#ruleset-preview #value-statementWindow").text()).contains("10个工作日");
        assertThat(preview.select("#ruleset-confirm").attr("name")).isEqualTo("confirmed");
        assertThat(repository.exists(id)).as("nothing stored before confirming").isFalse();

        mvc.perform(postAsAdmin("/admin/rulesets", Map.of("content", ruleSet(id, series, later), "confirmed", "true")))
                .andExpect(redirectedUrl("/admin/rulesets/" + id));

        assertThat(ruleSets.byId(id).effectiveFrom()).isEqualTo(later);
        assertThat(page("/admin/rulesets").select("#ruleset-" + id + " .app-ruleset-scheduled")).hasSize(1);
        assertThat(auditOf("rule-set:" + id)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("RULE_SET_ADDED");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.detail()).contains(series, later.toString());
        });

        Document duplicate = reshown("/admin/rulesets",
                Map.of("content", ruleSet(series + "-b", series, later), "confirmed", "true"));
        assertThat(duplicate.select("#content ~ .invalid-feedback").text()).contains(later.toString(), id);
        Document sameId = reshown("/admin/rulesets", Map.of("content", ruleSet(id, series, later.plusDays(1))));
        assertThat(sameId.select("#content ~ .invalid-feedback").text()).contains(id);
        assertThat(repository.ofSeries(series)).hasSize(1);
    }

    @Test
    void uploadedFileIsCheckedByTheParser() throws Exception {
        ObjectNode broken = (ObjectNode) json.readTree(ruleSet(unique("broken-"), "seeds", clock.today().plusDays(30)));
        ((ObjectNode) broken.get("values")).remove("statementWindow");
        MockMultipartFile file = new MockMultipartFile("file", "rules.json", "application/json",
                json.writeValueAsString(broken).getBytes(StandardCharsets.UTF_8));

        Document page = Jsoup.parse(mvc.perform(multipart("/admin/rulesets").file(file)
                        .with(user(account("admin"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#content ~ .invalid-feedback").text()).contains("values.statementWindow");
        assertThat(page.select("#content").text()).as("the uploaded text is kept").contains("\"series\"");
    }

    @Test
    void onlyAdministratorsSeeOrAddRuleSets() throws Exception {
        mvc.perform(get("/admin/rulesets").with(user(account("supervisor")))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/rulesets").with(user(account("credit"))).with(csrf())
                        .param("content", ruleSet("x-forbidden", "seeds", clock.today().plusDays(10)))
                        .param("confirmed", "true"))
                .andExpect(status().isForbidden());
        assertThat(repository.exists("x-forbidden")).isFalse();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(account("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The shipped seeds set as a new document with the given id, series and effective date. */
    private String ruleSet(String id, String series, LocalDate effectiveFrom) throws Exception {
        ObjectNode document = (ObjectNode) json.readTree(repository.contentOf("seeds-default").orElseThrow());
        document.put("id", id);
        document.put("series", series);
        document.put("effectiveFrom", effectiveFrom.toString());
        document.put("title", "测试规则集 " + id);
        return json.writeValueAsString(document);
    }
}
