package org.xinyong.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyong.workflow.deadline.DeadlineTimerProcess;

/** POST /api/v1/admin/clock (API.md), with the demo's adjustable clock. Security is another feature's. */
@SpringBootTest(properties = "xinyong.clock.adjustable=true")
@AutoConfigureMockMvc(addFilters = false)
class ClockControllerIT {

    private static final int DAYS = 40;

    @Autowired MockMvc mvc;
    @Autowired AdjustableClock adjustableClock;
    @Autowired BusinessClockOffsetRepository offsets;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;

    @AfterEach
    void backToRealTime() {
        adjustableClock.resetToRealTime();
    }

    @Test
    void advancingTheClockRunsTheTimersThatBecameDue() throws Exception {
        DeadlineTimerProcess.deploy(repositoryService);
        ProcessInstance instance = DeadlineTimerProcess.startObjection(runtimeService);
        Instant before = Instant.now();

        String body = mvc.perform(post("/api/v1/admin/clock").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"advanceDays\": " + DAYS + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jobsExecuted", Matchers.greaterThanOrEqualTo(1)))
                .andReturn().getResponse().getContentAsString();

        Instant now = OffsetDateTime.parse(JsonPath.read(body, "$.now")).toInstant();
        assertThat(now).isBetween(before.plus(Duration.ofDays(DAYS)).minusSeconds(1),
                Instant.now().plus(Duration.ofDays(DAYS)).plusSeconds(1));
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("overdue").count()).as("the 20-day verification timer fired").isEqualTo(1);
        assertThat(offsets.load()).as("the offset survives a restart").contains(Duration.ofDays(DAYS));
    }

    @Test
    void advanceMustBeFromOneToThreeThousandSixHundredSixtyDays() throws Exception {
        for (String body : new String[] {"{\"advanceDays\": 0}", "{\"advanceDays\": 3661}", "{}"}) {
            mvc.perform(post("/api/v1/admin/clock").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest());
        }
        assertThat(adjustableClock.offset()).as("the clock did not move").isEqualTo(Duration.ZERO);
    }
}
