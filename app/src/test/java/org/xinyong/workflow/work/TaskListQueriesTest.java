package org.xinyong.workflow.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The task list's own queries find exactly the tasks, in exactly the order, of the engine's
 * {@code taskCandidateGroupIn(groups).includeAssignedTasks().active()} ordered by due date and creation time: a task
 * of two of the user's groups once, assigned tasks included, suspended ones and other groups' left out, tasks without
 * a due date last (as PostgreSQL puts them; the query says so, so the embedded H2 does the same).
 */
class TaskListQueriesTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-engine-test.cfg.xml").build();

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final List<String> USER_GROUPS = List.of("dept-amr", "dept-amr-head");

    private TaskListQueries queries;
    private TaskService tasks;
    private final Map<String, String> taskOf = new HashMap<>();
    private final List<String> deployments = new java.util.ArrayList<>();

    @BeforeEach
    void startTasks() {
        tasks = engine.getTaskService();
        queries = new TaskListQueries(tasks);
        deploy("case-a");
        deploy("case-b");
        start("amr-3d", "case-a", List.of("dept-amr"), days(3), 0);
        start("both-1d", "case-a", List.of("dept-amr", "dept-amr-head"), days(1), 1);
        start("tax-0d", "case-a", List.of("dept-tax"), days(0), 2);
        start("head-none", "case-a", List.of("dept-amr-head"), null, 3);
        start("amr-2d-assigned", "case-a", List.of("dept-amr"), days(2), 4);
        start("amr-1d-suspended", "case-a", List.of("dept-amr"), days(1), 5);
        start("amr-4d-other", "case-b", List.of("dept-amr"), days(4), 6);
        start("amr-1d-later", "case-a", List.of("dept-amr"), days(1), 7);
        tasks.setAssignee(taskOf.get("amr-2d-assigned"), "someone-else");
        String suspended = tasks.createTaskQuery().taskId(taskOf.get("amr-1d-suspended")).singleResult()
                .getProcessInstanceId();
        engine.getRuntimeService().suspendProcessInstanceById(suspended);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void theUnfilteredListHasTheEnginesTasksInTheEnginesOrder() {
        List<String> page = names(queries.page(USER_GROUPS, null, null, 0, 20));

        assertThat(page).containsExactly("both-1d", "amr-1d-later", "amr-2d-assigned", "amr-3d", "amr-4d-other",
                "head-none");
        assertThat(page).isEqualTo(withoutDueDateLast(names(engineQuery().listPage(0, 20))));
        assertThat(queries.count(USER_GROUPS, null, null)).isEqualTo(6).isEqualTo(engineQuery().count());
    }

    @Test
    void pagesFollowOneAnother() {
        assertThat(names(queries.page(USER_GROUPS, null, null, 0, 2))).containsExactly("both-1d", "amr-1d-later");
        assertThat(names(queries.page(USER_GROUPS, null, null, 2, 2))).containsExactly("amr-2d-assigned", "amr-3d");
        assertThat(names(queries.page(USER_GROUPS, null, null, 4, 2))).containsExactly("amr-4d-other", "head-none");
    }

    @Test
    void filtersByProcessAndDueDateAsTheEngineDoes() {
        assertThat(names(queries.page(USER_GROUPS, "case-b", null, 0, 20))).containsExactly("amr-4d-other");
        assertThat(queries.count(USER_GROUPS, "case-b", null)).isEqualTo(1);
        assertThat(queries.count(USER_GROUPS, "case-a", null))
                .isEqualTo(engineQuery().processDefinitionKey("case-a").count()).isEqualTo(5);

        Date dueBefore = days(2);
        assertThat(names(queries.page(USER_GROUPS, null, dueBefore, 0, 20)))
                .containsExactly("both-1d", "amr-1d-later")
                .isEqualTo(names(engineQuery().dueBefore(dueBefore).listPage(0, 20)));
        assertThat(queries.count(USER_GROUPS, "case-a", dueBefore)).isEqualTo(2);
    }

    @Test
    void anotherDepartmentSeesOnlyItsOwn() {
        assertThat(names(queries.page(List.of("dept-tax"), null, null, 0, 20))).containsExactly("tax-0d");
        assertThat(queries.count(List.of("dept-tax"), null, null)).isEqualTo(1);
        assertThat(queries.count(List.of("dept-nobody"), null, null)).isZero();
    }

    /** The engine leaves the place of a null due date to the database: last on PostgreSQL, first on H2. */
    private static List<String> withoutDueDateLast(List<String> names) {
        List<String> ordered = new java.util.ArrayList<>(names);
        if (ordered.remove("head-none")) {
            ordered.add("head-none");
        }
        return ordered;
    }

    private TaskQuery engineQuery() {
        return tasks.createTaskQuery().taskCandidateGroupIn(USER_GROUPS).includeAssignedTasks().active()
                .orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    private void deploy(String key) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work").camundaCandidateGroups("${candidates}").camundaDueDate("${due}")
                .endEvent().done();
        deployments.add(engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model)
                .deploy().getId());
    }

    private void start(String name, String key, List<String> candidates, Date due, int minute) {
        ClockUtil.setCurrentTime(Date.from(NOW.plus(minute, ChronoUnit.MINUTES)));
        Map<String, Object> variables = new HashMap<>();
        variables.put("candidates", candidates);
        variables.put("due", due);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key, name, variables);
        taskOf.put(name, tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
    }

    private List<String> names(List<Task> found) {
        return found.stream().map(task -> taskOf.entrySet().stream()
                .filter(entry -> entry.getValue().equals(task.getId())).findFirst().orElseThrow().getKey()).toList();
    }

    private static Date days(int days) {
        return Date.from(NOW.plus(days, ChronoUnit.DAYS));
    }
}
