package org.xinyong.workflow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.calendar.BusinessClock;
import org.xinyong.workflow.engine.DueJobs;
import org.xinyong.workflow.listing.ListingCase;
import org.xinyong.workflow.listing.ListingCorrections;
import org.xinyong.workflow.listing.ListingProcedure;
import org.xinyong.workflow.listing.TestSubjects;
import org.xinyong.workflow.support.NoticeServiceSteps;

/**
 * A listing published through the API (record as amr, approve as amr-head, serve the notice, the statement window
 * passes, publish as credit) appears on the feed as {@code listing.published} with its listing, measures and
 * subject, written in the publication's transaction (issue 16; seed000 §三 归集); suspension, resumption,
 * correction and expiry follow it in order.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class ListingEventsFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BusinessClock clock;
    @Autowired
    DueJobs dueJobs;
    @Autowired
    ListingProcedure procedure;
    @Autowired
    ListingCorrections corrections;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void publishedListingIsOnTheFeed() throws Exception {
        String subject = TestSubjects.enterpriseCode();
        String start = cursorNow();
        long caseId = recordFinding(subject);
        completeTask("amr-head", "reviewByHead", caseId, "approve");
        NoticeServiceSteps.servedByPost(mvc, caseId);
        clock.setTo(clock.now().plus(Duration.ofDays(20)));
        dueJobs.runDue();
        assertThat(eventsOf(subject, start)).isEmpty();

        completeTask("credit", "publishListing", caseId, "publish");

        String caseJson = mvc.perform(get("/api/v1/listing-cases/" + caseId).with(httpBasic("amr", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long listingId = ((Number) JsonPath.read(caseJson, "$.listingId")).longValue();
        List<Map<String, Object>> events = eventsOf(subject, start);
        assertThat(events).hasSize(1);
        Map<String, Object> published = events.get(0);
        assertThat(published.get("type")).isEqualTo("listing.published");
        assertThat(published.get("source")).isEqualTo("urn:xinyong:workflow/listings/" + listingId);
        assertThat(published.get("id")).isInstanceOf(String.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) published.get("data");
        assertThat(((Number) data.get("listingId")).longValue()).isEqualTo(listingId);
        assertThat(((Number) data.get("caseId")).longValue()).isEqualTo(caseId);
        assertThat(data.get("status")).isEqualTo("ACTIVE");
        assertThat(data.get("measures")).isEqualTo(List.of("M-PROCUREMENT-BAN"));

        // the bulk check of an approving system answers the listing's measures that restrict its matter only
        mvc.perform(post("/api/v1/sanctions/checks").with(httpBasic("checker", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subjectCodes\":[\"" + subject
                                + "\"],\"matter\":\"GOVERNMENT_PROCUREMENT\",\"purpose\":\"采购资格审查\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].listed").value(true))
                .andExpect(jsonPath("$.results[0].suspended").value(false))
                .andExpect(jsonPath("$.results[0].measures[0]").value("M-PROCUREMENT-BAN"));
        mvc.perform(post("/api/v1/sanctions/checks").with(httpBasic("credit", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subjectCodes\":[\"" + subject
                                + "\"],\"matter\":\"HONOURS\",\"purpose\":\"评优审查\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].listed").value(true))
                .andExpect(jsonPath("$.results[0].measures", hasSize(0)));

        // the other changes, by the procedure's steps as the objection and expiry delegates call them
        procedure.suspendSanctions(caseId);
        procedure.resumeSanctions(caseId);
        corrections.correct(caseId, null, "", "", "M-PROCUREMENT-BAN,M-BID-RESTRICT", "核实更正", "amr");
        procedure.removeOnExpiry(caseId);
        // the case's process did not take these steps itself: end it, so that no later timer acts on the ended listing
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(ListingCase.businessKey(caseId)).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "ended by ListingEventsFlowTest"));
        List<Map<String, Object>> all = eventsOf(subject, start);
        assertThat(all).extracting(event -> event.get("type")).containsExactly("listing.published",
                "listing.suspended", "listing.resumed", "listing.corrected", "listing.expired");
        assertThat(all).extracting(event -> Long.parseLong((String) event.get("id"))).isSorted();
        @SuppressWarnings("unchecked")
        Map<String, Object> correction = (Map<String, Object>) all.get(3).get("data");
        assertThat(correction.get("measures")).isEqualTo(List.of("M-PROCUREMENT-BAN", "M-BID-RESTRICT"));
        assertThat(correction.get("previousMeasures")).isEqualTo(List.of("M-PROCUREMENT-BAN"));
        assertThat(all.get(4).get("source")).isEqualTo("urn:xinyong:workflow/listings/" + listingId);
    }

    private List<Map<String, Object>> eventsOf(String subject, String after) throws Exception {
        String json = mvc.perform(get("/api/v1/events").param("after", after).param("limit", "1000")
                        .with(httpBasic("checker", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.events[?(@.subject == '" + subject + "')]");
    }

    private String cursorNow() throws Exception {
        String after = "0";
        while (true) {
            String json = mvc.perform(get("/api/v1/events").param("after", after).param("limit", "1000")
                            .with(httpBasic("admin", "demo")))
                    .andReturn().getResponse().getContentAsString();
            String next = JsonPath.read(json, "$.next");
            if (next.equals(after)) {
                return next;
            }
            after = next;
        }
    }

    private long recordFinding(String subjectCode) throws Exception {
        String body = """
                {"subjectType":"ENTERPRISE","subjectCode":"%s","subjectName":"示例企业","basisType":"ADMINISTRATIVE_PENALTY",
                 "basisNumber":"鹤市监罚〔2026〕15号","basisDate":"2026-01-05","domain":"MARKET_ORDER","severity":"SERIOUS",
                 "facts":"串通投标","measures":["M-PROCUREMENT-BAN"]}
                """.formatted(subjectCode);
        String json = mvc.perform(post("/api/v1/listing-cases").with(httpBasic("amr", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private void completeTask(String user, String taskKey, long caseId, String outcome) throws Exception {
        String json = mvc.perform(get("/api/v1/tasks").with(httpBasic(user, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(json,
                "$[?(@.caseId == '" + caseId + "' && @.taskKey == '" + taskKey + "')].id");
        assertThat(ids).as("task %s of case %s for %s", taskKey, caseId, user).hasSize(1);
        mvc.perform(post("/api/v1/tasks/" + ids.get(0) + "/complete").with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"" + outcome + "\",\"comment\":\"理由：" + outcome + "\"}"))
                .andExpect(status().isNoContent());
    }
}
