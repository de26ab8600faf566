package org.xinyong.workflow.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Through the API as on the pages, a decision that must state its reasons is refused without them (seed004 §三(三)7:
 * a refusal states its reasons; DOMAIN Lifecycle B.2, B.5): every task's outcome that its BPMN declares in
 * {@code reasonRequired} answers 400 naming the comment, and the task stays open. Each task is reached by starting its
 * process at the task (listeners skipped): the check comes before anything the decision would do.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class TaskReasonsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private final List<String> started = new ArrayList<>();

    static Stream<Arguments> outcomesThatNeedReasons() {
        return Stream.of(
                Arguments.of("listing-identification", "reviewByHead", "amr-head", "reject"),
                Arguments.of("listing-identification", "verifyStatement", "amr", "drop"),
                Arguments.of("objection", "acceptObjection", "amr", "refuse"),
                Arguments.of("objection", "verifyObjection", "amr", "revoke"),
                Arguments.of("objection", "verifyObjection", "amr", "correct"),
                Arguments.of("objection", "verifyObjection", "amr", "uphold"),
                Arguments.of("credit-repair", "reviewRepair", "amr", "refuse"),
                Arguments.of("credit-repair", "inspectRepair", "amr", "fail"),
                Arguments.of("credit-repair", "checkRepairReport", "credit", "reject"),
                Arguments.of("credit-repair", "decideRepair", "leader", "reject"));
    }

    @ParameterizedTest(name = "{1}: {3} without reasons is refused")
    @MethodSource("outcomesThatNeedReasons")
    void decisionWithoutReasonsIsRefusedAndTheTaskStaysOpen(String process, String taskKey, String user,
                                                             String outcome) throws Exception {
        String taskId = startAt(process, taskKey);

        for (String comment : new String[] {"", "   \n "}) {
            mvc.perform(complete(taskId, user, "{\"outcome\":\"" + outcome + "\",\"comment\":\"" + comment.replace("\n", "\\n")
                            + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"))
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("comment")))
                    .andExpect(jsonPath("$.message").value(Matchers.not(Matchers.containsString("Exception"))));
        }
        mvc.perform(complete(taskId, user, "{\"outcome\":\"" + outcome + "\"}"))
                .andExpect(status().isBadRequest());

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("still open").isEqualTo(1);
    }

    @Test
    void refusalNamesTheOutcomeAsTheFormLabelsIt() throws Exception {
        String taskId = startAt("listing-identification", "reviewByHead");

        mvc.perform(complete(taskId, "amr-head", "{\"outcome\":\"reject\",\"comment\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("选择“退回”时必须说明理由（comment）。"));
    }

    @Test
    void extensionNeedsItsMonthsWithinTheDeclaredRange() throws Exception {
        String taskId = startAt("credit-repair", "inspectRepair");

        for (String months : new String[] {"", ",\"extendMonths\":0", ",\"extendMonths\":13", ",\"extendMonths\":1.5",
                ",\"extendMonths\":\"两\""}) {
            mvc.perform(complete(taskId, "amr", "{\"outcome\":\"extend\",\"comment\":\"\"" + months + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value(Matchers.containsString("extendMonths")));
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    /** Issue 18.4: an empty field name and a text over 4,000 characters were 500s from the engine; now 400s. */
    @Test
    void badFurtherFieldsAreRefusedAndTheTaskStaysOpen() throws Exception {
        String taskId = startAt("listing-identification", "reviewByHead");

        mvc.perform(complete(taskId, "amr-head", "{\"outcome\":\"approve\",\"\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
        mvc.perform(complete(taskId, "amr-head", "{\"outcome\":\"approve\",\"note\":\"" + "长".repeat(4001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("4000")));
        mvc.perform(complete(taskId, "amr-head", "{\"outcome\":\"reject\",\"comment\":{\"a\":1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("comment")));
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    void outcomeTheTaskDoesNotOfferIsRefused() throws Exception {
        String taskId = startAt("objection", "acceptObjection");

        mvc.perform(complete(taskId, "amr", "{\"outcome\":\"publish\",\"comment\":\"理由\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("accept, refuse")));
    }

    @AfterEach
    void removeInstances() {
        started.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test over", true, true, true, true));
    }

    private String startAt(String process, String taskKey) {
        String caseId = "9" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        String caseType = switch (process) {
            case "listing-identification" -> "LISTING";
            case "objection" -> "OBJECTION";
            default -> "REPAIR";
        };
        ProcessInstance instance = runtime.createProcessInstanceByKey(process)
                .businessKey(caseType + "-" + caseId)
                .setVariables(Map.of("caseId", caseId, "caseType", caseType, "departmentCode", "amr",
                        "subjectCode", "91230400MA19XY0035", "severity", "SERIOUS"))
                .startBeforeActivity(taskKey)
                .execute(true, true);
        started.add(instance.getId());
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult()
                .getId();
    }

    private static org.springframework.test.web.servlet.RequestBuilder complete(String taskId, String user,
                                                                                String body) {
        return post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
