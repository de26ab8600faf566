package org.xinyong.workflow.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The rules each user task declares in the BPMN files of {@code processes/}, as {@link TaskOutcomes} reads them: the
 * one place that says which decisions must state their reasons (seed004 §三(三)7) and which fields a decision takes.
 */
class TaskOutcomesTest {

    static final Path PROCESSES = Path.of("..", "processes");

    /** Outcomes that refuse, end, correct or keep something: each is answered in writing with its reasons. */
    static final Set<String> NEGATIVE = Set.of("reject", "drop", "refuse", "fail", "revoke", "correct", "uphold");

    @Test
    void everyNegativeOutcomeOfEveryTaskMustStateItsReasons() throws Exception {
        Map<String, TaskRules> all = allTasks();
        assertThat(all).containsKeys("reviewByHead", "verifyStatement", "publishListing", "acceptObjection",
                "verifyObjection", "superviseOverdueObjection", "reviewRepair", "inspectRepair", "checkRepairReport",
                "decideRepair");
        all.forEach((task, rules) -> {
            assertThat(rules.outcomes()).as(task).isNotEmpty();
            rules.outcomes().stream().filter(NEGATIVE::contains)
                    .forEach(outcome -> assertThat(rules.needsReason(outcome)).as(task + " " + outcome).isTrue());
        });
        assertThat(all.get("verifyObjection").reasonRequired()).as("every verification outcome is answered with its "
                + "reasons (DOMAIN Lifecycle B.5)").containsExactlyInAnyOrder("revoke", "correct", "uphold");
        assertThat(all.get("publishListing").reasonRequired()).isEmpty();
    }

    @Test
    void extensionOfTheRectificationTakesItsMonths() throws Exception {
        TaskRules inspect = allTasks().get("inspectRepair");
        assertThat(inspect.fieldsOf("extend")).containsExactly(new TaskRules.OutcomeField("extend", "extendMonths", 1, 12));
        assertThat(inspect.fieldsOf("pass")).isEmpty();
    }

    @Test
    void declarationNamingAnOutcomeTheTaskDoesNotOfferIsAnErrorInTheBpmn() {
        BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream("""
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="t">
                  <process id="p" isExecutable="true">
                    <userTask id="t"><extensionElements><camunda:properties>
                      <camunda:property name="outcomes" value="approve,reject" />
                      <camunda:property name="reasonRequired" value="refuse" />
                    </camunda:properties></extensionElements></userTask>
                  </process>
                </definitions>""".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        RepositoryService repository = mock(RepositoryService.class);
        when(repository.getBpmnModelInstance("p:1")).thenReturn(model);

        assertThatThrownBy(() -> new TaskOutcomes(repository).rules("p:1", "t"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refuse");
    }

    private static Map<String, TaskRules> allTasks() throws Exception {
        Map<String, TaskRules> rules = new LinkedHashMap<>();
        RepositoryService repository = mock(RepositoryService.class);
        TaskOutcomes outcomes = new TaskOutcomes(repository);
        try (var files = Files.list(PROCESSES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                String id = file.getFileName().toString();
                when(repository.getBpmnModelInstance(id)).thenReturn(model);
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    rules.put(task.getId(), outcomes.rules(id, task.getId()));
                }
            }
        }
        return rules;
    }
}
